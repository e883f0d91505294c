package se.paragraf.application.assignment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;

/** Finds the seed protocol's §§ in a demo archive and adds the earlier decisions they refer to. */
final class DemoParagraphs {
    private final UnitOfWork unitOfWork;

    DemoParagraphs(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    Board regionstyrelsen() {
        return unitOfWork.transaction(r -> r.boards().findByName("Regionstyrelsen").orElseThrow());
    }

    ParagraphId seed(int number) {
        return unitOfWork.transaction(r -> r.meetings().findByBoard(regionstyrelsen().id()).stream()
                .filter(m -> m.date().equals(LocalDate.of(2025, 5, 20))).findFirst()
                .flatMap(m -> r.paragraphs().findByMeeting(m.id()).stream()
                        .filter(p -> p.number().equals(ParagraphNumber.of(number))).findFirst())
                .orElseThrow().id());
    }

    Meeting meeting(LocalDate date) {
        return unitOfWork.transaction(r -> {
            Meeting m = new Meeting(r.meetings().nextId(), regionstyrelsen().id(), date, LocalTime.of(9, 0), null,
                    "Regionens hus, Härnösand", null);
            r.meetings().save(m);
            return m;
        });
    }

    /** An earlier decision with one clause, about the case. */
    ParagraphId earlier(LocalDate date, int number, String caseNumber, String title, String clause) {
        Meeting meeting = meeting(date);
        return unitOfWork.transaction(r -> {
            Paragraph p = Paragraph.draft(r.paragraphs().nextId(), meeting.id(), ParagraphNumber.of(number), title)
                    .concerning(List.of(CaseNumber.parse(caseNumber)))
                    .decide(Decision.of(DecisionBlock.of("Regionstyrelsen beslutar", clause)));
            r.paragraphs().save(p);
            return p.id();
        });
    }
}
