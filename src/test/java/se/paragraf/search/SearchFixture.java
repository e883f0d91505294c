package se.paragraf.search;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import se.paragraf.app.Composition;
import se.paragraf.application.Services;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.persistence.Database;

/**
 * A real archive (H2 file and Lucene index in a temporary directory) wired by the real
 * composition, with a few boards shaped like Region Västernorrland's. Paragraphs are saved
 * through the SaveParagraph use case, as the editor will.
 */
final class SearchFixture implements AutoCloseable {
    final Database database;
    final LuceneParagraphIndex index;
    final Services services;

    Board styrelsen;
    Board utskottet;
    Board fullmaktige;
    Board namnden;

    private SearchFixture(Path dataDir) {
        database = Database.openH2(dataDir);
        index = LuceneParagraphIndex.open(dataDir.resolve(Composition.INDEX_DIRECTORY));
        services = Composition.services(database, index);
    }

    static SearchFixture open(Path dataDir) {
        return new SearchFixture(dataDir);
    }

    UnitOfWork unitOfWork() {
        return database.unitOfWork();
    }

    /** The boards and the paragraphs every search test relies on. */
    static SearchFixture withArchive(Path dataDir) {
        SearchFixture f = open(dataDir);
        f.unitOfWork().run(r -> {
            f.styrelsen = save(r, Board.of(r.boards().nextId(), "Regionstyrelsen", BoardKind.EXECUTIVE_BOARD));
            f.utskottet = save(r, new Board(r.boards().nextId(), "Finansutskottet", BoardKind.COMMITTEE,
                    f.styrelsen.id(), 1));
            f.fullmaktige = save(r, Board.of(r.boards().nextId(), "Regionfullmäktige", BoardKind.COUNCIL));
            f.namnden = save(r, Board.of(r.boards().nextId(), "Hälso- och sjukvårdsnämnden", BoardKind.BOARD));
        });
        // Saved latest first, so that only sorting can put the timeline in date order.
        Meeting rf = f.meeting(f.fullmaktige, LocalDate.of(2025, 6, 18));
        Meeting rs = f.meeting(f.styrelsen, LocalDate.of(2025, 5, 20));
        Meeting fu = f.meeting(f.utskottet, LocalDate.of(2025, 5, 7));
        String audit = "Svar på revisionsrapport; Skydd mot välfärdsbrott";
        String reply = "avge ”Svar på revisionsrapport Skydd mot välfärdsbrott”";
        f.save(f.decided(rf, 45, audit, "25RS1523", "Regionfullmäktige beslutar på regionstyrelsens förslag", reply));
        f.save(f.decided(rs, 98, audit, "25RS1523", "Regionstyrelsen beslutar på finansutskottets förslag", reply,
                        "uppdra till regiondirektören att stärka avtalsuppföljningen")
                .motivatedBy(List.of(new MotivationSection("Ärendebeskrivning", "Regionens revisorer har bett om "
                        + "regionstyrelsens kommentarer med anledning av revisionsrapporten Skydd mot välfärdsbrott."))));
        f.save(f.decided(fu, 71, audit, "25RS1523", "Finansutskottet föreslår regionstyrelsen besluta", reply));
        f.save(f.decided(rs, 99, "Svar på revisionsrapport; Delegering av beslutanderätt", "25RS1524",
                "Regionstyrelsen beslutar på finansutskottets förslag",
                "avge ”Svar på revisionsrapport Delegering av beslutanderätt”"));
        f.save(f.decided(rs, 100, "Anmälan av delegationsbeslut", null, "Regionstyrelsen beslutar",
                "lägga anmälan av delegationsbeslut till handlingarna"));

        // One day, two boards: the utskott's paragraph must come first although saved last.
        Meeting rsMarch = f.meeting(f.styrelsen, LocalDate.of(2024, 3, 12));
        Meeting fuMarch = f.meeting(f.utskottet, LocalDate.of(2024, 3, 12));
        f.save(f.decided(rsMarch, 30, "Investeringar i vårdlokaler", "24RS200", "Regionstyrelsen beslutar",
                "godkänna investeringen i nya vårdlokaler i Sundsvall"));
        f.save(f.decided(fuMarch, 20, "Investeringar i vårdlokaler", "24RS200",
                "Finansutskottet föreslår regionstyrelsen besluta",
                "godkänna investeringen i nya vårdlokaler i Sundsvall"));

        Meeting hsn = f.meeting(f.namnden, LocalDate.of(2023, 2, 1));
        f.save(Paragraph.draft(f.nextId(), hsn.id(), ParagraphNumber.of(12), "Information om vårdval i länet")
                .concerning(List.of(CaseNumber.parse("23HSN45")))
                .motivatedBy(List.of(new MotivationSection("Ärendebeskrivning",
                        "Nämndens beslut om vårdval Västernorrland gäller från den 1 mars. Skydd av patienternas "
                                + "uppgifter och arbetet mot välfärdsbrott redovisas i bilaga."))));
        f.save(f.decided(hsn, 13, "Revisionsberättelse för år 2022", "23HSN46", "Hälso- och sjukvårdsnämnden beslutar",
                "lägga revisionsberättelsen till handlingarna"));
        return f;
    }

    private static Board save(se.paragraf.application.Repositories r, Board board) {
        r.boards().save(board);
        return board;
    }

    Meeting meeting(Board board, LocalDate date) {
        return unitOfWork().transaction(r -> {
            Meeting m = new Meeting(r.meetings().nextId(), board.id(), date, null, null, null, null);
            r.meetings().save(m);
            return m;
        });
    }

    se.paragraf.domain.paragraph.ParagraphId nextId() {
        return unitOfWork().transaction(r -> r.paragraphs().nextId());
    }

    Paragraph decided(Meeting meeting, int number, String title, String caseNumber, String formula, String... clauses) {
        Paragraph p = Paragraph.draft(nextId(), meeting.id(), ParagraphNumber.of(number), title)
                .decide(Decision.of(DecisionBlock.of(formula, clauses)));
        return caseNumber == null ? p : p.concerning(Arrays.stream(caseNumber.split(",")).map(CaseNumber::parse).toList());
    }

    Paragraph save(Paragraph paragraph) {
        services.saveParagraph().save(paragraph);
        return paragraph;
    }

    @Override
    public void close() {
        index.close();
        database.close();
    }
}
