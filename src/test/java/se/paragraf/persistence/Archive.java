package se.paragraf.persistence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import se.paragraf.application.Repositories;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Attachment;
import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.Preparation;
import se.paragraf.domain.paragraph.Recipient;

/** Test data shaped like the seed protocol (Regionstyrelsen, 2025-05-20). */
final class Archive {
    private Archive() {
    }

    static Board board(Repositories r, String name) {
        Board board = Board.of(r.boards().nextId(), name, BoardKind.EXECUTIVE_BOARD);
        r.boards().save(board);
        return board;
    }

    static Meeting meeting(Repositories r, Board board, LocalDate date) {
        Meeting meeting = new Meeting(r.meetings().nextId(), board.id(), date, LocalTime.of(9, 0),
                LocalTime.of(16, 30), "Regionens hus, Härnösand", CaseNumber.parse("25RS1"));
        r.meetings().save(meeting);
        return meeting;
    }

    static Paragraph draft(Repositories r, Meeting meeting, int number) {
        Paragraph paragraph = Paragraph.draft(r.paragraphs().nextId(), meeting.id(), ParagraphNumber.of(number),
                "Paragraf " + number);
        r.paragraphs().save(paragraph);
        return paragraph;
    }

    /** § 98 of the seed protocol, with every kind of child row, two of each where order matters. */
    static Paragraph paragraph98(Repositories r, Meeting meeting) {
        Paragraph paragraph = Paragraph.draft(r.paragraphs().nextId(), meeting.id(), ParagraphNumber.of(98),
                        "Svar på revisionsrapport; Skydd mot välfärdsbrott")
                .concerning(List.of(CaseNumber.parse("25RS1523"), CaseNumber.parse("KS/2019/0001/0009")))
                .handledBy("Lena Lindgren", "Karin Nyman")
                .motivatedBy(List.of(
                        new MotivationSection("Ärendebeskrivning", "Revisorerna har granskat skyddet mot välfärdsbrott."),
                        new MotivationSection("Bakgrund", ""),
                        new MotivationSection("Förvaltningens bedömning", "Förvaltningen delar bedömningen.")))
                .decide(Decision.of(
                        DecisionBlock.of("Regionstyrelsen beslutar på finansutskottets förslag",
                                "avge \"Svar på revisionsrapport Skydd mot välfärdsbrott\"",
                                "uppdra till regiondirektören att tillse att rutiner tas fram",
                                "uppdra till regiondirektören att ta fram förslag"),
                        DecisionBlock.of("Under förutsättning att regionfullmäktige beslutar enligt ovan"),
                        DecisionBlock.of("Regionstyrelsen beslutar vidare", "förklara paragrafen omedelbart justerad")))
                .withAttachments(List.of(new Attachment("1", "Revisionsrapport"),
                        new Attachment(null, "Missiv"), new Attachment("G-I", "Informationsunderlag")))
                .preparedIn(List.of(
                        new Preparation("Finansutskottet", LocalDate.of(2025, 5, 7), ParagraphNumber.of(71), null),
                        new Preparation("Finansutskottet", LocalDate.of(2025, 4, 2), new ParagraphNumber(40, "a"),
                                "återremiss"),
                        new Preparation("Beredningen", LocalDate.of(2025, 3, 1), null, null)))
                .sentTo(List.of(new Recipient("Regiondirektör"), new Recipient("Regionens revisorer")))
                .adjustImmediately(true);
        r.paragraphs().save(paragraph);
        return paragraph;
    }
}
