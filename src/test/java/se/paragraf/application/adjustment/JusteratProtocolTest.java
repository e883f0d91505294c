package se.paragraf.application.adjustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.domain.adjustment.Correction;
import se.paragraf.domain.adjustment.MinutesStatus;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;

/** Every use case that writes a meeting refuses once the protocol is justerat; corrections are the way. */
class JusteratProtocolTest {
    @TempDir
    Path dataDir;

    @Test
    void noUseCaseChangesAJusteratProtocol() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            Meeting meeting = meeting(s);
            Paragraph p96 = paragraph(s, meeting, 96, "Val av justerare");
            Attendance attendance = s.recordAttendance().load(meeting.id());
            s.recordAttendance().save(attendance.withOfficers(attendance.officers().keptBy("Karin Nyman")));
            Attendance saved = s.recordAttendance().load(meeting.id());

            s.adjustMinutes().readyForAdjustment(meeting.id(), LocalDate.of(2025, 5, 21));
            s.adjustMinutes().adjust(meeting.id(), LocalDate.of(2025, 5, 23));

            List<Executable> paths = List.of(
                    () -> s.editParagraph().save(p96.retitle("Ändrad")),
                    () -> paragraph(s, meeting, 97, "Ny"),
                    () -> s.editAgenda().add(meeting.id(), s.editAgenda().newInformation("Info")).execute(),
                    () -> s.recordAttendance().save(saved.withOfficers(saved.officers().keptBy("Någon annan"))),
                    () -> s.planMeeting().update(meeting.reschedule(LocalDate.of(2025, 5, 21), null, null)),
                    () -> s.numberAttachments().number(meeting.id()).execute(),
                    () -> s.adjustMinutes().reopen(meeting.id()),
                    () -> s.adjustMinutes().readyForAdjustment(meeting.id(), LocalDate.of(2025, 5, 24)),
                    () -> s.adjustMinutes().adjust(meeting.id(), LocalDate.of(2025, 5, 24)));
            for (Executable path : paths) {
                assertThatThrownBy(path::execute).isInstanceOf(DomainException.class)
                        .hasMessageContaining("justera");
            }
            assertThat(s.editParagraph().load(p96.id()).orElseThrow().title()).isEqualTo("Val av justerare");
            assertThat(s.recordAttendance().load(meeting.id()).officers().secretary()).isEqualTo("Karin Nyman");
            assertThat(s.recordAttendance().load(meeting.id()).officers().adjustedOn()).isEqualTo("2025-05-23");
            assertThat(s.adjustMinutes().lifecycle(meeting.id()).status()).isEqualTo(MinutesStatus.ADJUSTED);
        }
    }

    @Test
    void aCorrectionIsANewDatedNoteAndTheOriginalStays() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            Meeting meeting = meeting(s);
            Paragraph p96 = paragraph(s, meeting, 96, "Val av justrare");
            assertThatThrownBy(() -> s.correctMinutes().correct(meeting.id(), p96.id(), "Stavfel", "justerare"))
                    .isInstanceOf(DomainException.class).hasMessageContaining("inte justerat");
            s.adjustMinutes().readyForAdjustment(meeting.id(), LocalDate.of(2025, 5, 21));
            s.adjustMinutes().adjust(meeting.id(), LocalDate.of(2025, 5, 23));

            Correction c = s.correctMinutes().correct(meeting.id(), p96.id(), "Stavfel i rubriken",
                    "Rubriken ska lyda ”Val av justerare”.");

            assertThat(c.madeBy()).isEqualTo(System.getProperty("user.name"));
            assertThat(c.madeAt().toLocalDate()).isEqualTo(LocalDate.now());
            assertThat(s.correctMinutes().corrections(meeting.id())).containsExactly(c);
            assertThat(s.editParagraph().load(p96.id()).orElseThrow().title()).isEqualTo("Val av justrare");
            assertThatThrownBy(() -> s.correctMinutes().correct(meeting.id(), p96.id(), " ", "x"))
                    .isInstanceOf(DomainException.class).hasMessageContaining("Skälet");
        }
    }

    @Test
    void anImmediatelyJusteradParagraphIsLockedAtOnceWhileTheRestIsEdited() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            Meeting meeting = meeting(s);
            Paragraph p101 = paragraph(s, meeting, 101, "Brådskande");
            Paragraph p102 = paragraph(s, meeting, 102, "Vanligt");
            assertThatThrownBy(() -> s.adjustParagraph().adjustImmediately(p101.id(), LocalDate.of(2025, 5, 20)))
                    .isInstanceOf(DomainException.class).hasMessageContaining("inte beslutat");
            Paragraph decided = p101.adjustImmediately(true);
            s.editParagraph().save(decided);

            s.adjustParagraph().adjustImmediately(p101.id(), LocalDate.of(2025, 5, 20));

            assertThatThrownBy(() -> s.editParagraph().save(decided.retitle("Ändrad")))
                    .isInstanceOf(DomainException.class).hasMessageContaining("justerades omedelbart 2025-05-20");
            s.editParagraph().save(p102.retitle("Ändrat"));
            assertThat(s.editParagraph().load(p102.id()).orElseThrow().title()).isEqualTo("Ändrat");
            assertThat(s.adjustParagraph().adjustedParagraphs(meeting.id())).singleElement()
                    .satisfies(a -> assertThat(a.paragraph()).isEqualTo(p101.id()));
            assertThat(s.correctMinutes().correct(meeting.id(), p101.id(), "Fel belopp", "Beloppet är 5 mnkr.")
                    .concerns()).contains(p101.id());
        }
    }

    private static Paragraph paragraph(Services s, Meeting meeting, int number, String title) {
        Paragraph p = s.editAgenda().newParagraph(meeting.id(), ParagraphNumber.of(number), title);
        s.editParagraph().save(p);
        return p;
    }

    private static Meeting meeting(Services s) {
        Board board = s.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
        return s.planMeeting().create(board.id(), LocalDate.of(2025, 5, 20), null, null, null, null);
    }
}
