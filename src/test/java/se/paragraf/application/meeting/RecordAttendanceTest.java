package se.paragraf.application.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.application.editing.EditHistory;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.meeting.Attendee;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.OtherPresent;

class RecordAttendanceTest {
    @TempDir
    Path dataDir;

    @Test
    void attendanceEditsAreStoredAndUndone() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            Board board = s.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
            Member chair = s.manageBoards().createMember("Glenn Nordlund", "S");
            Meeting meeting = s.planMeeting().create(board.id(), LocalDate.of(2025, 5, 20), null, null, null, null);
            EditHistory history = new EditHistory();
            history.execute(s.recordAttendance().edit("Lägg till närvarande", s.recordAttendance().load(meeting.id()),
                    a -> a.with(Attendee.serving(chair.id(), MembershipRole.CHAIR))));
            history.execute(s.recordAttendance().edit("Lägg till övriga närvarande", s.recordAttendance().load(meeting.id()),
                    a -> a.withOthers(List.of(new OtherPresent("Lena Lindgren", "Regiondirektör")))));
            assertThat(s.recordAttendance().load(meeting.id()).othersPresent()).hasSize(1);
            assertThat(history.undoDescription()).contains("Ångra Lägg till övriga närvarande");
            history.undo();
            assertThat(s.recordAttendance().load(meeting.id()).othersPresent()).isEmpty();
            assertThat(s.recordAttendance().load(meeting.id()).attendees()).hasSize(1);
            history.undo();
            assertThat(s.recordAttendance().load(meeting.id()).attendees()).isEmpty();
            assertThat(history.canUndo()).isFalse();
            history.redo();
            assertThat(s.recordAttendance().load(meeting.id()).attendees()).extracting(Attendee::member).containsExactly(chair.id());
        }
    }
}
