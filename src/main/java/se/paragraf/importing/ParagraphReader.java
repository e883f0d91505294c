package se.paragraf.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.application.importing.ParsedDecisionBlock;
import se.paragraf.application.importing.ParsedParagraph;
import se.paragraf.application.importing.ParsedSection;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.paragraph.Confidentiality;

/**
 * Reads one paragraph from its lines: title and case numbers, then the labelled parts
 * (Beslut, Beslutsunderlag, Beredning, Delges, Yrkande, …) and the motivation sections.
 */
final class ParagraphReader {
    private static final Pattern BILAGA = Pattern.compile(
            "(?iu)\\bbilag(?:a|orna|or)\\s+(\\d{1,3}(?:\\s?[a-zåäö](?![\\p{L}\\d]))?|(?-i:[A-ZÅÄÖ](?:\\s?[-–]\\s?[A-ZÅÄÖ])?)(?![\\p{L}\\d]))"
                    + "(?:\\s*[-–]\\s*(\\d{1,3}))?\\s*(\\)|[.,;]?\\s*$)");
    private static final Pattern IMMEDIATE = Pattern.compile(
            "(?iu)omedelbart\\s+justera[ds]?\\b|justera[ds]?\\s+omedelbart|omedelbar\\s+justering");
    private static final Pattern SECRECY = Pattern.compile(
            "(?iu)\\bsekretess(?:belagd|belagt|en)?\\s*(?::|enligt)?\\s*(?:OSL\\s*)?(\\d{1,3})\\s*kap\\.?\\s*"
                    + "(\\d{1,3}(?:\\s?[a-z](?![\\p{L}]))?)\\s*§");
    private static final Pattern SECRECY_WITHOUT_PROVISION = Pattern.compile(
            "(?iu)\\bsekretess(?:belagd|belagt)?\\s+enligt\\s+(?:OSL\\b|offentlighets-\\s*och\\s+sekretesslagen)");
    private static final Pattern QUOTED_DECISION = Pattern.compile(
            "^[A-ZÅÄÖ]{1,6}\\s*§\\s*\\d{1,4}\\s*[a-zåäö]?\\s+\\d{2,4}-\\d{1,2}-\\d{1,2}$");
    private static final Pattern RECIPIENT_SPLIT = Pattern.compile("\\s*[,;]\\s*|(?<!-)\\s+(?:och|samt)\\s+");
    private static final Pattern MOTION_WORDS = Pattern.compile("(?iu)\\byrkar\\b|\\byrkande\\b");
    private static final Pattern DISSENT_WORDS = Pattern.compile("(?iu)\\breserverar\\s+sig\\b");
    private static final Pattern JOINS = Pattern.compile("(?iu)\\b(?:ställer sig bakom|instämmer|ansluter sig)\\b");
    private static final int MAX_HEADING_WORDS = 6;

    private record Segment(Label label, String heading, List<String> lines) {
    }

    /** Ärendeansvarig and Handläggare, read on the way through the paragraph's labels. */
    private static final class Officials {
        private String responsible;
        private String officer;

        void read(Label.Match m) {
            String heading = m.heading().toLowerCase(Locale.ROOT);
            boolean responsibleLabel = heading.contains("ansvarig");
            if (responsibleLabel && responsible == null) {
                responsible = m.value();
            } else if (!responsibleLabel && officer == null) {
                officer = m.value();
            }
        }
    }

    private ParagraphReader() {
    }

    static ParsedParagraph read(List<String> lines, HeadingFinder.Heading heading, int end) {
        List<String> warnings = new ArrayList<>();
        TitleReader.Title title = TitleReader.read(lines, heading, end);
        Set<String> cases = new LinkedHashSet<>(title.caseNumbers());
        Officials officials = new Officials();
        List<Segment> segments = segment(lines, title.bodyStart(), end, cases, officials);

        List<ParsedDecisionBlock> blocks = new ArrayList<>();
        List<String> decisionTexts = new ArrayList<>();
        List<ParsedSection> sections = new ArrayList<>();
        List<String> preparations = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        List<String> motions = new ArrayList<>();
        List<String> votes = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        List<String> dissents = new ArrayList<>();
        List<String> decisionWarnings = new ArrayList<>();

        for (Segment s : segments) {
            if (s.label() == Label.DECISION) {
                DecisionReader.Result r = DecisionReader.read(groups(s.lines()), true);
                blocks.addAll(r.blocks());
                if (!r.text().isBlank()) {
                    decisionTexts.add(r.text());
                }
                decisionWarnings.addAll(r.warnings());
                addSection(sections, "", rest(groups(s.lines()), r.consumedGroups()));
            }
        }
        if (blocks.isEmpty() && decisionTexts.isEmpty()) {
            // No "Beslut" heading: seek a formula or att-satser before the motivation starts.
            for (Segment s : segments) {
                if (s.label() == Label.SECTION) {
                    break;
                }
                if (s.label() == null) {
                    DecisionReader.Result r = DecisionReader.read(groups(s.lines()), false);
                    if (r.found()) {
                        blocks.addAll(r.blocks());
                        decisionTexts.add(r.text());
                        decisionWarnings.addAll(r.warnings());
                        break;
                    }
                }
            }
        }
        for (Segment s : segments) {
            Label l = s.label();
            if (l == null || l == Label.SECTION) {
                if (l == Label.SECTION || !isOnlyDecision(s, decisionTexts)) {
                    addSection(sections, s.heading(), groups(s.lines()));
                }
                if (l == null) {
                    inlineStatements(s.lines(), motions, dissents);
                }
                continue;
            }
            switch (l) {
                case PREPARATION -> preparations.addAll(items(s.lines()));
                case RECIPIENTS -> recipients.addAll(recipients(s.lines()));
                case MOTIONS -> motions.addAll(paragraphs(s.lines()));
                case VOTES -> votes.addAll(paragraphs(s.lines()));
                case STATEMENTS -> statements.addAll(paragraphs(s.lines()));
                case DISSENTS -> dissents.addAll(paragraphs(s.lines()));
                case ATTACHMENTS, DISQUALIFICATION -> addSection(sections, s.heading(), groups(s.lines()));
                default -> { }
            }
        }
        for (int i = title.bodyStart(); i < end; i++) {
            String t = lines.get(i).strip();
            if (QUOTED_DECISION.matcher(t).matches()) {
                preparations.add(t);
            }
        }

        List<String> clauses = blocks.stream().flatMap(b -> b.clauses().stream()).toList();
        String formula = blocks.stream().map(ParsedDecisionBlock::formula).filter(f -> f != null).findFirst().orElse(null);
        String decisionText = String.join("\n\n", decisionTexts).strip();

        if (title.text().isEmpty()) {
            warnings.add("Rubrik saknas – skriv in paragrafens rubrik.");
        } else if (title.guessed()) {
            warnings.add("Rubriken är gissad – kontrollera den.");
        }
        for (String c : cases) {
            if (CaseNumber.tryParse(c).isEmpty()) {
                warnings.add("Diarienumret \"" + c + "\" kunde inte tolkas – kontrollera det.");
            }
        }
        if (blocks.isEmpty() && decisionText.isEmpty()) {
            warnings.add("Inget beslut hittades – kontrollera om paragrafen har ett beslut.");
        }
        warnings.addAll(decisionWarnings);

        String body = TitleReader.join(lines.subList(Math.min(heading.line() + 1, end), end));
        String secrecy = secrecy(body);
        if (secrecy != null) {
            warnings.add("Paragrafen är markerad med sekretess enligt " + secrecy + " i källan och sparas så: "
                    + "i den offentliga versionen visas bara rubriken. Kontrollera hänvisningen.");
        }
        return new ParsedParagraph(heading.number(), title.text(), List.copyOf(cases), officials.responsible,
                officials.officer, formula, clauses, blocks,
                decisionText.isEmpty() ? null : decisionText, sections, attachments(lines, heading.line() + 1, end),
                preparations, recipients, motions, votes, statements, dissents, IMMEDIATE.matcher(body).find(),
                secrecy, warnings);
    }

    /**
     * "Sekretess: OSL 26 kap. 1 §", "Sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen",
     * "Paragrafen omfattas av sekretess enligt OSL 21 kap. 1 §" as "OSL 26 kap. 1 §"; null for none.
     */
    static String secrecy(String body) {
        Matcher m = SECRECY.matcher(body);
        if (m.find()) {
            return "OSL " + m.group(1) + " kap. " + m.group(2).replaceAll("\\s+", " ") + " §";
        }
        return SECRECY_WITHOUT_PROVISION.matcher(body).find() ? Confidentiality.UNSPECIFIED : null;
    }

    /** Splits the paragraph body at its labels; case number and officer lines are read on the way. */
    private static List<Segment> segment(List<String> lines, int from, int end, Set<String> cases,
                                         Officials officials) {
        List<Segment> segments = new ArrayList<>();
        Segment current = new Segment(null, "", new ArrayList<>());
        segments.add(current);
        boolean listEnded = false;
        int nonBlankSeen = 0;
        for (int i = from; i < end; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                current.lines().add("");
                if (isList(current.label()) && !current.lines().stream().allMatch(String::isBlank)) {
                    listEnded = true;
                }
                continue;
            }
            nonBlankSeen++;
            Label.Match m = Label.match(line);
            if (m != null && m.label() == Label.CASE_NUMBER) {
                List<String> values = CaseNumberText.split(m.value());
                if (values.isEmpty() && i + 1 < end && CaseNumberText.isBareCaseNumber(lines.get(i + 1))) {
                    values = List.of(lines.get(++i).strip());
                }
                cases.addAll(values);
                continue;
            }
            if (m != null && m.label() == Label.OFFICER) {
                officials.read(m);
                continue;
            }
            if (m == null && nonBlankSeen <= 3 && current.label() == null && current.lines().stream().allMatch(String::isBlank)
                    && CaseNumberText.isBareCaseNumber(line)) {
                cases.add(line.strip());
                continue;
            }
            if (m != null) {
                current = new Segment(m.label(), m.heading(), new ArrayList<>());
                if (!m.value().isEmpty()) {
                    current.lines().add(m.value());
                }
                segments.add(current);
                listEnded = false;
                continue;
            }
            if (listEnded || (isGenericHeading(lines, i, end) && current.label() == Label.SECTION)) {
                boolean heading = isGenericHeading(lines, i, end);
                current = new Segment(heading ? Label.SECTION : null, heading ? line.strip() : "", new ArrayList<>());
                segments.add(current);
                listEnded = false;
                if (heading) {
                    continue;
                }
            }
            current.lines().add(line);
        }
        return segments;
    }

    private static boolean isList(Label l) {
        return l == Label.PREPARATION || l == Label.RECIPIENTS || l == Label.ATTACHMENTS;
    }

    /** A short capitalised line after a blank line with text under it, such as "Personal" or "Konsekvenser". */
    private static boolean isGenericHeading(List<String> lines, int i, int end) {
        String t = lines.get(i).strip();
        if (t.length() > 50 || i == 0 || !lines.get(i - 1).isBlank() || i + 1 >= end || lines.get(i + 1).isBlank()) {
            return false;
        }
        char first = t.charAt(0);
        char last = t.charAt(t.length() - 1);
        return Character.isUpperCase(first) && Character.isLetter(last) && t.split("\\s+").length <= MAX_HEADING_WORDS
                && !TitleReader.startsClause(t);
    }

    private static boolean isOnlyDecision(Segment s, List<String> decisionTexts) {
        String text = String.join("\n", s.lines()).strip();
        return text.isEmpty() || decisionTexts.stream().anyMatch(d -> !d.isBlank() && text.contains(d.strip()));
    }

    static List<List<String>> groups(List<String> lines) {
        List<List<String>> groups = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.isBlank()) {
                current = null;
            } else {
                if (current == null) {
                    current = new ArrayList<>();
                    groups.add(current);
                }
                current.add(line.strip());
            }
        }
        return groups;
    }

    private static List<List<String>> rest(List<List<String>> groups, int from) {
        return from >= groups.size() ? List.of() : groups.subList(from, groups.size());
    }

    private static void addSection(List<ParsedSection> sections, String heading, List<List<String>> groups) {
        if (groups.isEmpty()) {
            return;
        }
        List<String> paragraphs = new ArrayList<>();
        for (List<String> g : groups) {
            paragraphs.add(TitleReader.join(g));
        }
        sections.add(new ParsedSection(heading, String.join("\n\n", paragraphs)));
    }

    /** One item per line; a line starting in lowercase continues the item above it. */
    private static List<String> items(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                out.set(out.size() - 1, TitleReader.join(List.of(out.get(out.size() - 1), t)));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> recipients(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String item : items(lines)) {
            for (String part : RECIPIENT_SPLIT.split(item)) {
                String p = part.strip().replaceAll("[.:]+$", "").strip();
                if (!p.isEmpty() && p.length() <= 150) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Paragraphs of prose; a quotation running over blank lines and "X ställer sig bakom" stay with their item. */
    private static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean open = false;
        for (List<String> g : groups(lines)) {
            String text = TitleReader.join(g);
            if (!out.isEmpty() && (open || JOINS.matcher(text).find())) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "\n\n" + text);
            } else {
                out.add(text);
            }
            open = open ^ (countQuotes(text) % 2 == 1);
        }
        return out;
    }

    private static int countQuotes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '”' || c == '"' || c == '“') {
                n++;
            }
        }
        return n;
    }

    private static void inlineStatements(List<String> lines, List<String> motions, List<String> dissents) {
        for (List<String> g : groups(lines)) {
            String text = TitleReader.join(g);
            if (text.length() > 600) {
                continue;
            }
            if (DISSENT_WORDS.matcher(text).find()) {
                dissents.add(text);
            } else if (MOTION_WORDS.matcher(text).find() && text.toLowerCase(Locale.ROOT).matches("(?s).*\\(\\p{L}{1,5}\\).*")) {
                motions.add(text);
            }
        }
    }

    /** Bilaga labels printed at the end of a line or in parentheses, in order, once each. */
    static List<String> attachments(List<String> lines, int from, int end) {
        Set<String> labels = new LinkedHashSet<>();
        for (int i = from; i < end; i++) {
            String line = lines.get(i);
            if (line.length() > 2000 || line.isBlank()) {
                continue;
            }
            Matcher m = BILAGA.matcher(line);
            while (m.find()) {
                String label = m.group(1).replaceAll("\\s+", " ").strip();
                if (m.group(2) != null && label.chars().allMatch(Character::isDigit)) {
                    int a = Integer.parseInt(label);
                    int b = Integer.parseInt(m.group(2));
                    for (int k = a; k <= b && b - a <= 50; k++) {
                        labels.add(Integer.toString(k));
                    }
                } else {
                    labels.add(label);
                }
            }
        }
        return List.copyOf(labels);
    }
}
