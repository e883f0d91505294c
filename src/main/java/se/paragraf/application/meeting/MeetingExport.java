package se.paragraf.application.meeting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.paragraf.domain.adjustment.Correction;
import se.paragraf.domain.adjustment.NoticeFacts;
import se.paragraf.domain.agenda.Agenda;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.ParticipationMatrix;
import se.paragraf.domain.minutes.Finding;
import se.paragraf.domain.paragraph.ParagraphId;

/**
 * A whole meeting for export: the meeting with board and paragraphs, attendance and officers,
 * the agenda, who served in each §, the findings, every member referred to anywhere, the recorded
 * anslag and the rättelser: everything the minutes, an extract and {@code meeting export} print.
 *
 * @param notice      the recorded anslag ({@link NoticeFacts#recorded}), null before the protocol is anslaget
 * @param corrections the rättelser of the justerat protocol, oldest first
 */
public record MeetingExport(MeetingDetails details, Attendance attendance, Agenda agenda,
                            ParticipationMatrix participation, List<Finding> findings, Map<MemberId, Member> members,
                            NoticeFacts notice, List<Correction> corrections) {
    public MeetingExport {
        findings = List.copyOf(findings);
        members = Map.copyOf(members);
        corrections = List.copyOf(corrections);
    }

    /** The recorded anslag; empty before the protocol is anslaget. */
    public Optional<NoticeFacts> recordedNotice() {
        return Optional.ofNullable(notice);
    }

    /** The rättelser of one §, oldest first. */
    public List<Correction> correctionsOf(ParagraphId paragraph) {
        return corrections.stream().filter(c -> paragraph.equals(c.paragraph())).toList();
    }

    /** The rättelser of the protocol as a whole (of no single §), oldest first. */
    public List<Correction> protocolCorrections() {
        return corrections.stream().filter(c -> c.paragraph() == null).toList();
    }

    public Optional<Member> member(MemberId id) {
        return Optional.ofNullable(id).map(members::get);
    }
}
