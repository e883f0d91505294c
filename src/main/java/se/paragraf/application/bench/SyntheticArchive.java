package se.paragraf.application.bench;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.search.RebuildIndex;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case for benchmarks and demos at scale: fills an empty archive with about {@code n}
 * paragraphs over 20 years of six boards, written through the real repositories (one
 * transaction per meeting, paragraphs in one batch) and then indexed. The matter register
 * ({@code matter}) is left empty: search does not read it, and it would double the writes. Cases travel up the line as in a region: an
 * utskott prepares, its board decides, and some go on to fullmäktige, under one diarienummer.
 * The same seed gives the same archive.
 */
public final class SyntheticArchive {
    static final int FIRST_YEAR = 2006;
    static final int YEARS = 20;
    private static final int PARAGRAPHS_PER_MEETING = 40;

    private final UnitOfWork unitOfWork;
    private final RebuildIndex rebuildIndex;

    public SyntheticArchive(UnitOfWork unitOfWork, RebuildIndex rebuildIndex) {
        this.unitOfWork = unitOfWork;
        this.rebuildIndex = rebuildIndex;
    }

    /** What was built, with a sample of the case numbers that have paragraphs, for lookups. */
    public record Built(long paragraphs, long meetings, List<Board> boards, List<CaseNumber> caseNumbers,
                        long writeMillis, long indexMillis) {
    }

    public Built build(int paragraphs, long seed) {
        if (paragraphs < 100) {
            throw new DomainException("Ett syntetiskt arkiv behöver minst 100 paragrafer.");
        }
        long started = System.nanoTime();
        Generator generator = new Generator(new Random(seed), Phrases.load());
        List<Board> boards = unitOfWork.transaction(r -> {
            if (r.boards().count() > 0) {
                throw new DomainException("Arkivet innehåller redan data; det syntetiska arkivet skapas bara i ett "
                        + "tomt arkiv.");
            }
            return generator.boards(r);
        });
        List<Planned> plan = generator.plan(boards, paragraphs);
        int[] quotas = quotas(plan.size(), paragraphs);
        for (int i = 0; i < plan.size(); i++) {
            Planned meeting = plan.get(i);
            int quota = quotas[i];
            unitOfWork.run(r -> generator.meeting(r, meeting, quota));
        }
        long written = System.nanoTime();
        rebuildIndex.rebuild();
        long indexed = System.nanoTime();
        return new Built(generator.written, plan.size(), boards, generator.sample(),
                (written - started) / 1_000_000, (indexed - written) / 1_000_000);
    }

    private static int[] quotas(int meetings, int paragraphs) {
        int[] quotas = new int[meetings];
        for (int i = 0; i < meetings; i++) {
            quotas[i] = paragraphs / meetings + (i < paragraphs % meetings ? 1 : 0);
        }
        return quotas;
    }

    /** A meeting to hold: its board and date. */
    record Planned(Board board, LocalDate date) {
    }

    /** A case on its way to the next board. */
    private record Pending(CaseNumber caseNumber, String title, String subject, LocalDate since, String from) {
    }

    private static final class Generator {
        private final Random random;
        private final Phrases phrases;
        private final Map<Board, Queue<Pending>> pending = new HashMap<>();
        private final Map<String, Integer> runningNumbers = new HashMap<>();
        private final Map<String, Integer> series = new HashMap<>();
        private final List<CaseNumber> sample = new ArrayList<>();
        private final Map<Board, Board> parents = new LinkedHashMap<>();
        private Board council;
        private long written;
        private int cases;

        Generator(Random random, Phrases phrases) {
            this.random = random;
            this.phrases = phrases;
        }

        List<Board> boards(Repositories r) {
            council = save(r, Board.of(r.boards().nextId(), "Regionfullmäktige", BoardKind.COUNCIL));
            Board rs = save(r, Board.of(r.boards().nextId(), "Regionstyrelsen", BoardKind.EXECUTIVE_BOARD));
            Board fu = save(r, new Board(r.boards().nextId(), "Finansutskottet", BoardKind.COMMITTEE, rs.id(), 1));
            Board hsn = save(r, Board.of(r.boards().nextId(), "Hälso- och sjukvårdsnämnden", BoardKind.BOARD));
            Board au = save(r, new Board(r.boards().nextId(), "Hälso- och sjukvårdsnämndens arbetsutskott",
                    BoardKind.COMMITTEE, hsn.id(), 1));
            Board run = save(r, Board.of(r.boards().nextId(), "Regionala utvecklingsnämnden", BoardKind.BOARD));
            parents.put(fu, rs);
            parents.put(au, hsn);
            List<Board> all = List.of(council, rs, fu, hsn, au, run);
            all.forEach(b -> pending.put(b, new ArrayDeque<>()));
            return all;
        }

        private static Board save(Repositories r, Board board) {
            r.boards().save(board);
            return board;
        }

        /** Meetings spread over each year, utskott ten days before their board, fullmäktige after. */
        List<Planned> plan(List<Board> boards, int paragraphs) {
            int perYearPerBoard = Math.max(2, (int) Math.round(
                    (double) paragraphs / PARAGRAPHS_PER_MEETING / YEARS / boards.size()));
            List<Planned> plan = new ArrayList<>();
            for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
                for (Board board : boards) {
                    int count = board.kind() == BoardKind.COUNCIL ? Math.max(2, perYearPerBoard * 2 / 3) : perYearPerBoard;
                    int offset = switch (board.kind()) {
                        case COMMITTEE -> -10;
                        case COUNCIL -> 14;
                        default -> 0;
                    };
                    for (int i = 0; i < count; i++) {
                        int day = 25 + (int) ((i + 0.5) * 310.0 / count) + offset;
                        plan.add(new Planned(board, LocalDate.of(year, 1, 1).plusDays(day)));
                    }
                }
            }
            plan.sort(Comparator.comparing(Planned::date));
            return plan;
        }

        void meeting(Repositories r, Planned planned, int quota) {
            Board board = planned.board();
            LocalDate date = planned.date();
            Meeting meeting = new Meeting(r.meetings().nextId(), board.id(), date, null, null, null, null);
            r.meetings().save(meeting);
            String seriesKey = board.id().value() + "/" + date.getYear();
            List<Paragraph> paragraphs = new ArrayList<>(quota);
            int[] number = {series.getOrDefault(seriesKey, 0)};
            java.util.function.Function<String, Paragraph> draft = title -> Paragraph.draft(r.paragraphs().nextId(),
                    meeting.id(), ParagraphNumber.of(++number[0]), title);

            paragraphs.add(draft.apply("Val av justerare").decide(Decision.of(DecisionBlock.of(
                    board.name() + " beslutar", "utse " + name() + " att jämte ordföranden justera protokollet"))));
            paragraphs.add(draft.apply("Fastställande av föredragningslista").decide(Decision.of(DecisionBlock.of(
                    board.name() + " beslutar", "fastställa upprättat förslag till föredragningslista"))));
            Queue<Pending> waiting = pending.get(board);
            while (paragraphs.size() < quota - 2 && !waiting.isEmpty() && waiting.peek().since().isBefore(date)) {
                Pending p = waiting.poll();
                Paragraph paragraph = draft.apply(p.title()).concerning(List.of(p.caseNumber()))
                        .motivatedBy(sections(p.subject()))
                        .decide(decision(board, p.subject(), board.name() + " beslutar på " + lowerFirst(p.from())
                                + "s förslag"));
                paragraphs.add(paragraph);
                forward(board, p.caseNumber(), p.title(), p.subject(), date);
            }
            if (paragraphs.size() < quota) {
                paragraphs.add(draft.apply("Anmälan av delegationsbeslut").decide(Decision.of(DecisionBlock.of(
                        board.name() + " beslutar", "lägga anmälan av delegationsbeslut till handlingarna"))));
            }
            while (paragraphs.size() < quota) {
                String subject = Phrases.any(random, phrases.subjects());
                CaseNumber caseNumber = newCase(board, date.getYear());
                String title = title(subject);
                Paragraph paragraph = draft.apply(title).concerning(List.of(caseNumber)).motivatedBy(sections(subject))
                        .handledBy(name(), name());
                if (random.nextInt(100) < 15) {
                    paragraphs.add(paragraph.retitle("Information om " + lowerFirst(subject)));
                } else {
                    paragraphs.add(paragraph.decide(decision(board, subject, formula(board))));
                    forward(board, caseNumber, title, subject, date);
                }
            }
            r.paragraphs().insertAll(paragraphs);
            series.put(seriesKey, number[0]);
            written += paragraphs.size();
        }

        private void forward(Board board, CaseNumber caseNumber, String title, String subject, LocalDate date) {
            Board parent = parents.get(board);
            if (parent != null && random.nextInt(100) < 70) {
                pending.get(parent).add(new Pending(caseNumber, title, subject, date, board.name()));
            } else if (board.kind() == BoardKind.EXECUTIVE_BOARD && random.nextInt(100) < 20) {
                pending.get(council).add(new Pending(caseNumber, title, subject, date, board.name()));
            }
        }

        private CaseNumber newCase(Board board, int year) {
            String s = switch (board.name()) {
                case "Hälso- och sjukvårdsnämnden", "Hälso- och sjukvårdsnämndens arbetsutskott" -> "HSN";
                case "Regionala utvecklingsnämnden" -> "RUN";
                default -> year < 2012 ? "KS" : "RS";
            };
            String key = s + year;
            int next = runningNumbers.getOrDefault(key, 0) + 1 + random.nextInt(6);
            runningNumbers.put(key, next);
            CaseNumber caseNumber = CaseNumber.of(s, year, next);
            // Reservoir sample: every case equally likely to be looked up.
            cases++;
            if (sample.size() < 2000) {
                sample.add(caseNumber);
            } else if (random.nextInt(cases) < 2000) {
                sample.set(random.nextInt(2000), caseNumber);
            }
            return caseNumber;
        }

        private String title(String subject) {
            return switch (random.nextInt(8)) {
                case 0 -> "Svar på revisionsrapport; " + subject;
                case 1 -> "Yttrande över remiss; " + subject;
                case 2 -> "Revidering av riktlinje " + subject;
                case 3 -> "Uppföljning av " + lowerFirst(subject);
                case 4 -> "Handlingsplan för " + lowerFirst(subject);
                case 5 -> Phrases.any(random, phrases.titles());
                case 6 -> "Motion om " + lowerFirst(subject);
                default -> subject;
            };
        }

        private String formula(Board board) {
            return board.kind() == BoardKind.COMMITTEE
                    ? board.name() + " föreslår " + lowerFirst(parents.get(board).name()) + " besluta"
                    : board.name() + " beslutar";
        }

        private Decision decision(Board board, String subject, String formula) {
            List<String> clauses = new ArrayList<>();
            clauses.add(switch (random.nextInt(4)) {
                case 0 -> "avge svar på revisionsrapport " + subject + " enligt bilaga";
                case 1 -> "godkänna redovisningen av " + lowerFirst(subject);
                case 2 -> "uppdra till regiondirektören att återkomma med en handlingsplan för "
                        + lowerFirst(subject);
                default -> "anta riktlinje för " + lowerFirst(subject);
            });
            int more = random.nextInt(3);
            for (int i = 0; i < more; i++) {
                clauses.add(Phrases.any(random, phrases.clauses()));
            }
            return Decision.of(DecisionBlock.of(formula, clauses.stream().distinct().toArray(String[]::new)));
        }

        private List<MotivationSection> sections(String subject) {
            List<MotivationSection> sections = new ArrayList<>();
            sections.add(new MotivationSection("Ärendebeskrivning",
                    "Ärendet gäller " + lowerFirst(subject) + ". " + sentences(2 + random.nextInt(3))));
            if (random.nextBoolean()) {
                sections.add(new MotivationSection("Bakgrund", sentences(1 + random.nextInt(2))));
            }
            sections.add(new MotivationSection("Förvaltningens bedömning", sentences(1 + random.nextInt(3))));
            return sections;
        }

        private String sentences(int count) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                text.append(Phrases.any(random, phrases.sentences()));
            }
            return text.toString();
        }

        private static final String[] FIRST = {"Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Sara", "Per",
            "Lena", "Anders", "Eva", "Mikael", "Åsa", "Jonas", "Ingrid", "Björn"};
        private static final String[] LAST = {"Andersson", "Nyman", "Lindgren", "Sundström", "Berglund", "Öberg",
            "Holmström", "Nordin", "Sjöberg", "Lundin", "Eriksson", "Wikström", "Åström", "Byström"};

        private String name() {
            return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        }

        List<CaseNumber> sample() {
            return List.copyOf(sample);
        }

        private static String lowerFirst(String s) {
            if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
                return Character.toLowerCase(s.charAt(0)) + s.substring(1);
            }
            return s;
        }
    }
}
