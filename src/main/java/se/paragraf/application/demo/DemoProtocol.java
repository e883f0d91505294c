package se.paragraf.application.demo;

import java.time.LocalDate;
import java.util.List;
import se.paragraf.application.Repositories;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.Membership;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.board.Term;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.matter.Matter;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Attachment;
import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.ParagraphSeries;
import se.paragraf.domain.paragraph.Preparation;

/**
 * The demo content: §§ 96–101 of Regionstyrelsen's protocol of 2025-05-20 (Region
 * Västernorrland, Dnr 25RS1), a public record, as printed. Names are those of the protocol;
 * a party is given only where the protocol states it.
 */
final class DemoProtocol {
    static final LocalDate MEETING_DATE = LocalDate.of(2025, 5, 20);
    private static final LocalDate PREPARED = LocalDate.of(2025, 5, 7);
    private static final String FORMULA = "Regionstyrelsen beslutar på finansutskottets förslag";
    private static final Term TERM = new Term(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));

    private DemoProtocol() {
    }

    static void writeTo(Repositories r) {
        Board board = new Board(r.boards().nextId(), "Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 1);
        r.boards().save(board);
        BoardId boardId = board.id();
        r.boards().save(new Board(r.boards().nextId(), "Finansutskottet", BoardKind.COMMITTEE, boardId, 1));

        addMember(r, boardId, "Sara Nylund", null, MembershipRole.CHAIR);
        addMember(r, boardId, "Lina Lindman", null, MembershipRole.MEMBER);
        addMember(r, boardId, "Patrik Gustavsson", "M", MembershipRole.MEMBER);
        addMember(r, boardId, "Martin Andersson", "SD", MembershipRole.MEMBER);
        addMember(r, boardId, "Christina Nordenö", "S", MembershipRole.MEMBER);

        Meeting meeting = new Meeting(r.meetings().nextId(), boardId, MEETING_DATE, null, null, null,
                CaseNumber.parse("25RS1"));
        r.meetings().save(meeting);

        ParagraphSeries series = r.paragraphs().seriesOf(boardId, meeting.seriesYear());
        for (Paragraph p : paragraphs(r, meeting.id())) {
            series.claim(p.number());
            p.caseNumbers().forEach(c -> r.matters().save(new Matter(c, p.title())));
            r.paragraphs().save(p);
        }
    }

    private static void addMember(Repositories r, BoardId board, String name, String party, MembershipRole role) {
        Member member = new Member(r.members().nextId(), name, party);
        r.members().save(member);
        r.members().addMembership(new Membership(member.id(), board, role, TERM, null));
    }

    private static List<Paragraph> paragraphs(Repositories r, MeetingId meeting) {
        Paragraph p96 = Paragraph.draft(r.paragraphs().nextId(), meeting, ParagraphNumber.of(96), "Val av justerare")
                .decide(Decision.of(DecisionBlock.of("Regionstyrelsen beslutar",
                        "att utse Lina Lindman att jämte ordföranden justera protokollet.")));
        Paragraph p97 = Paragraph.draft(r.paragraphs().nextId(), meeting, ParagraphNumber.of(97),
                        "Fastställande av föredragningslista")
                .decide(Decision.of(DecisionBlock.of("Då inga extra ärenden föreligger beslutar regionstyrelsen",
                        "att fastställa upprättat förslag till föredragningslista.")));
        Paragraph p98 = auditReply(r, meeting, 98, "Skydd mot välfärdsbrott", "25RS1523", "Karin Nyman", 71, 1,
                List.of("att avge ”Svar på revisionsrapport Skydd mot välfärdsbrott”",
                        "att uppdra till regiondirektören att tillse att en samlad utbildnings- och "
                                + "kommunikationsinsats genomförs, där skydd mot olika typer av brott mot offentlig "
                                + "sektor belyses ur ett helhetsperspektiv",
                        "att uppdra till regiondirektören att tillse att reglering av regionstyrelsens ansvar för "
                                + "den interna kontrollen i Region Västernorrland inarbetas i kommande förslag till "
                                + "uppdaterat reglemente för regionstyrelsen",
                        "att uppdra till regiondirektören att påtala att skydd mot välfärdsbrott ska inarbetas i "
                                + "befintliga relevanta styrdokument, när dessa uppdateras",
                        "att uppdra till regiondirektören att tillse att risk för olika typer av brott mot offentlig "
                                + "sektor inarbetas som kategori i den regiongemensamma mallen för riskanalys inom "
                                + "intern styrning och kontroll",
                        "att uppdra till regiondirektören att ta fram förslag på, samt fastställa åtgärder som "
                                + "syftar till en stärkt avtalsuppföljning"),
                List.of(new MotivationSection("Ärendebeskrivning",
                                "Regionens revisorer har bett om regionstyrelsens kommentarer och synpunkter med "
                                        + "anledning av revisionsrapporten Skydd mot välfärdsbrott. I svaret påtalas bland "
                                        + "annat att åtgärder som vidtas bör ha en bred ansats, för att reducera risken för "
                                        + "samtliga typer av brott mot offentlig sektor. Regionstyrelsen föreslås avge svar "
                                        + "enligt bilaga, samt besluta om de uppdrag som följer av svaret."),
                        new MotivationSection("Förvaltningens bedömning",
                                "Begreppet välfärdsbrott, för vilket det ännu saknas en allmänt vedertagen "
                                        + "definition, har nära koppling till andra närliggande begrepp, såsom oegentligheter, "
                                        + "jäv, fusk, otillåten påverkan, korruption med flera – alla handlar de om någon typ "
                                        + "av oriktighet eller brott som riktas mot offentlig sektor.\n\n"
                                        + "Vad avser kontroll och uppföljning av leverantörer vid upphandling bedöms "
                                        + "nuvarande kontroller vara rimligt avvägda. Vad gäller uppföljning under "
                                        + "avtalsperioden behöver dock åtgärder föreslås, som kan stärka avtalsuppföljningen.")));
        Paragraph p99 = auditReply(r, meeting, 99, "Delegering av beslutanderätt", "25RS1524", "Sara Sultan", 72, 4,
                List.of("att avge ”Svar på revisionsrapport Delegering av beslutanderätt”",
                        "att uppdra till regiondirektören att revidera delegationsordning och riktlinje Attest "
                                + "så att de brister som Regionens revisorer identifierat åtgärdas",
                        "att uppdra till regiondirektören att se över rutinerna för dokumentation, registrering "
                                + "och anmälan av delegationsbeslut"),
                List.of(new MotivationSection("Ärendebeskrivning",
                        "Regionens revisorer har bett om regionstyrelsens kommentarer och synpunkter med "
                                + "anledning av revisionsrapporten Delegering av beslutanderätt. Granskningen är en "
                                + "uppföljande granskning för att bedöma om regionstyrelsen, hälso- och sjukvårdsnämnden "
                                + "och regionala utvecklingsnämnden har en tillräcklig internkontroll avseende "
                                + "delegationsbeslut.")));
        Paragraph p100 = auditReply(r, meeting, 100, "Hantering av allmänna handlingar", "25RS1526",
                "Monasofi Wallinder", 73, 7,
                List.of("att avge ”Svar på revisionsrapport Hantering av allmänna handlingar”",
                        "att uppdra till regiondirektören att tillse att hantering av allmänna handlingar "
                                + "inarbetas som kategori i den regiongemensamma mallen för riskanalys inom intern "
                                + "styrning och kontroll",
                        "att uppföljning av planerade insatser återrapporteras till regionstyrelsen i december"),
                List.of(new MotivationSection("Ärendebeskrivning",
                        "Regionens revisorer har bett om regionstyrelsens kommentarer och synpunkter med "
                                + "anledning av revisionsrapporten ”Hantering av allmänna handlingar”.")));
        String remiss = "Boverkets rapport Uppdrag att främja en cirkulär ekonomi i bygg-och fastighetssektorn (2024:26)";
        Paragraph p101 = Paragraph.draft(r.paragraphs().nextId(), meeting, ParagraphNumber.of(101),
                        "Yttrande över remiss från Landsbygds- och infrastrukturdepartementet; " + remiss)
                .concerning(List.of(CaseNumber.parse("25RS1478")))
                .handledBy("Lena Kåhre", "Jan Lindberg")
                .decide(Decision.of(DecisionBlock.of(FORMULA,
                        "att avge Yttrande över remiss; " + remiss,
                        "att förklara paragrafen för omedelbart justerad")))
                .motivatedBy(List.of(new MotivationSection("Ärendebeskrivning",
                        "Region Västernorrland har fått möjlighet att yttra sig över Boverkets rapport "
                                + "Uppdrag att främja en cirkulär ekonomi i bygg- och fastighetssektorn – Rapport "
                                + "2024:26\n\nFörlängd remisstid till den 23 maj 2025 har beviljats.")))
                .withAttachments(List.of(
                        new Attachment("10", "Remiss från Landsbygds- och infrastrukturdepartementet: " + remiss),
                        new Attachment("11", "Yttrande över remiss; " + remiss)))
                .preparedIn(List.of(new Preparation("Finansutskottet", PREPARED, ParagraphNumber.of(74), null)))
                .adjustImmediately(true);
        return List.of(p96, p97, p98, p99, p100, p101);
    }

    /** §§ 98–100 share one shape: the board's reply to a revisionsrapport, three bilagor. */
    private static Paragraph auditReply(Repositories r, MeetingId meeting, int number, String subject, String dnr,
                                        String officer, int preparedAs, int firstAttachment, List<String> clauses,
                                        List<MotivationSection> sections) {
        return Paragraph.draft(r.paragraphs().nextId(), meeting, ParagraphNumber.of(number),
                        "Svar på revisionsrapport; " + subject)
                .concerning(List.of(CaseNumber.parse(dnr)))
                .handledBy("Lena Lindgren", officer)
                .decide(Decision.of(DecisionBlock.of(FORMULA, clauses.toArray(String[]::new))))
                .motivatedBy(sections)
                .withAttachments(List.of(
                        new Attachment(Integer.toString(firstAttachment), "Följebrev från Regionens revisorer " + subject),
                        new Attachment(Integer.toString(firstAttachment + 1), "Revisionsrapport " + subject),
                        new Attachment(Integer.toString(firstAttachment + 2), "Svar på revisionsrapport " + subject)))
                .preparedIn(List.of(new Preparation("Finansutskottet", PREPARED, ParagraphNumber.of(preparedAs), null)));
    }
}
