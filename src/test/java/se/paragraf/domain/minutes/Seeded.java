package se.paragraf.domain.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.board.Membership;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.board.Term;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.Attendee;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;

/** A board of 5 seats (members 1–5) and ersättare 11–12; a meeting on 2025-05-20. */
final class Seeded {
    static final BoardId BOARD_ID = new BoardId(1);
    static final Board BOARD = new Board(BOARD_ID, "Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
    static final Meeting MEETING = new Meeting(new MeetingId(1), BOARD_ID, LocalDate.of(2025, 5, 20),
            LocalTime.of(9, 0), null, "Regionens hus", CaseNumber.parse("25RS1"));
    static final Term TERM = new Term(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));

    private Seeded() {
    }

    static MemberId m(long id) {
        return new MemberId(id);
    }

    static List<Membership> memberships() {
        List<Membership> list = new ArrayList<>();
        list.add(new Membership(m(1), BOARD_ID, MembershipRole.CHAIR, TERM, null));
        for (long i = 2; i <= 5; i++) {
            list.add(new Membership(m(i), BOARD_ID, MembershipRole.MEMBER, TERM, null));
        }
        list.add(new Membership(m(11), BOARD_ID, MembershipRole.SUBSTITUTE, TERM, 1));
        list.add(new Membership(m(12), BOARD_ID, MembershipRole.SUBSTITUTE, TERM, 2));
        return list;
    }

    /** Members 1..serving serve; ersättare 11 and 12 are present without serving. */
    static Attendance attendance(int serving) {
        Attendance a = Attendance.empty(MEETING.id());
        for (long i = 1; i <= serving; i++) {
            a = a.with(Attendee.serving(m(i), i == 1 ? MembershipRole.CHAIR : MembershipRole.MEMBER));
        }
        return a.with(Attendee.presentNotServing(m(11))).with(Attendee.presentNotServing(m(12)));
    }

    static Paragraph paragraph(int number) {
        return Paragraph.draft(new ParagraphId(number), MEETING.id(), ParagraphNumber.of(number), "Ärende " + number);
    }

    static MinutesDraft draft(Attendance attendance, List<Paragraph> paragraphs) {
        Map<MemberId, String> names = new HashMap<>();
        for (long i : new long[] {1, 2, 3, 4, 5, 11, 12}) {
            names.put(m(i), "Person " + i);
        }
        return new MinutesDraft(BOARD, MEETING, memberships(), attendance, paragraphs, null, names);
    }
}
