package se.paragraf.ui.workbench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.paragraf.application.Services;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.board.Membership;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.board.Term;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.Attendee;
import se.paragraf.domain.meeting.Meeting;

/**
 * A board of five ledamöter and two ersättare and a meeting where Erik is away and Fia serves
 * in his place, Gustav present without serving; made through the application layer.
 */
public final class WorkbenchFixture {
    public static final List<String> MEMBERS = List.of("Anna Ek", "Bo Lind", "Cecilia Ås", "David Berg", "Erik Öst");
    public static final List<String> SUBSTITUTES = List.of("Fia Holm", "Gustav Sand");

    public final Board board;
    public final Meeting meeting;
    public final Map<String, MemberId> ids = new LinkedHashMap<>();

    private WorkbenchFixture(Board board, Meeting meeting) {
        this.board = board;
        this.meeting = meeting;
    }

    public static WorkbenchFixture create(Services s) {
        Board board = s.manageBoards().createBoard("Kulturnämnden", BoardKind.BOARD, null, 1);
        s.manageBoards().createBoard("Kulturutskottet", BoardKind.COMMITTEE, board.id(), 1);
        Meeting meeting = s.planMeeting().create(board.id(), LocalDate.of(2025, 9, 2), LocalTime.of(9, 0),
                LocalTime.of(12, 0), "Kulturhuset", null);
        WorkbenchFixture f = new WorkbenchFixture(board, meeting);
        Term term = new Term(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));
        for (int i = 0; i < MEMBERS.size(); i++) {
            Member m = s.manageBoards().createMember(MEMBERS.get(i), "S");
            s.manageBoards().addMembership(new Membership(m.id(), board.id(),
                    i == 0 ? MembershipRole.CHAIR : MembershipRole.MEMBER, term, null));
            f.ids.put(m.name(), m.id());
        }
        for (int i = 0; i < SUBSTITUTES.size(); i++) {
            Member m = s.manageBoards().createMember(SUBSTITUTES.get(i), "M");
            s.manageBoards().addMembership(new Membership(m.id(), board.id(), MembershipRole.SUBSTITUTE, term, i + 1));
            f.ids.put(m.name(), m.id());
        }
        Attendance attendance = Attendance.empty(meeting.id())
                .with(Attendee.serving(f.id("Anna Ek"), MembershipRole.CHAIR))
                .with(Attendee.serving(f.id("Bo Lind"), MembershipRole.MEMBER))
                .with(Attendee.serving(f.id("Cecilia Ås"), MembershipRole.MEMBER))
                .with(Attendee.serving(f.id("David Berg"), MembershipRole.MEMBER))
                .with(Attendee.substituteFor(f.id("Fia Holm"), f.id("Erik Öst")))
                .with(Attendee.presentNotServing(f.id("Gustav Sand")));
        s.recordAttendance().save(attendance.withOfficers(attendance.officers().chairedBy(f.id("Anna Ek"))));
        return f;
    }

    public MemberId id(String name) {
        return ids.get(name);
    }
}
