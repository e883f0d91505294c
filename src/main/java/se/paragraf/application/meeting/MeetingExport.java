package se.paragraf.application.meeting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.paragraf.domain.agenda.Agenda;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.ParticipationMatrix;
import se.paragraf.domain.minutes.Finding;

/**
 * A whole meeting for export: the meeting with board and paragraphs, attendance and officers,
 * the agenda, who served in each §, the findings, and every member referred to anywhere.
 */
public record MeetingExport(MeetingDetails details, Attendance attendance, Agenda agenda,
                            ParticipationMatrix participation, List<Finding> findings, Map<MemberId, Member> members) {
    public MeetingExport {
        findings = List.copyOf(findings);
        members = Map.copyOf(members);
    }

    public Optional<Member> member(MemberId id) {
        return Optional.ofNullable(id).map(members::get);
    }
}
