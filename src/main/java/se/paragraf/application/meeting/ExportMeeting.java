package se.paragraf.application.meeting;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.adjustment.NoticeFacts;
import se.paragraf.domain.agenda.Agenda;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.meeting.ParticipationMatrix;
import se.paragraf.domain.minutes.Finding;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.Proceedings;

/** Use case: everything recorded about a meeting, for `meeting export` and later for OParl. */
public final class ExportMeeting {
    private final UnitOfWork unitOfWork;
    private final ShowMeeting showMeeting;
    private final ValidateMeeting validateMeeting;

    public ExportMeeting(UnitOfWork unitOfWork, ShowMeeting showMeeting, ValidateMeeting validateMeeting) {
        this.unitOfWork = unitOfWork;
        this.showMeeting = showMeeting;
        this.validateMeeting = validateMeeting;
    }

    /** Empty when no such meeting exists. */
    public Optional<MeetingExport> export(MeetingId id) {
        return showMeeting.show(id).map(details -> {
            // Validation reads in its own transaction, so it runs before this one, not inside it.
            List<Finding> findings = validateMeeting.validate(id);
            return unitOfWork.transaction(r -> {
                Attendance attendance = r.attendance().findByMeeting(id).orElse(Attendance.empty(id));
                Agenda agenda = r.agendas().findByMeeting(id).orElse(Agenda.empty(id));
                Map<MemberId, Member> members = referredMembers(r, details, attendance);
                ParticipationMatrix matrix = ParticipationMatrix.of(attendance,
                        details.paragraphs().stream().filter(distinct()).toList());
                NoticeFacts notice = NoticeFacts.recorded(r.lifecycles().find(id).orElse(null)).orElse(null);
                return new MeetingExport(details, attendance, agenda, matrix, findings, members, notice,
                        r.corrections().findByMeeting(id));
            });
        });
    }

    /** Every member the meeting refers to: the board's roll, the attendance, and everyone in a §. */
    public static Map<MemberId, Member> referredMembers(Repositories r, MeetingDetails details, Attendance attendance) {
        Set<MemberId> referred = new HashSet<>();
        r.members().membershipsOf(details.board().id()).forEach(m -> referred.add(m.member()));
        attendance.attendees().forEach(a -> {
            referred.add(a.member());
            a.replaced().ifPresent(referred::add);
        });
        attendance.officers().chairman().ifPresent(referred::add);
        attendance.officers().adjusters().forEach(a -> referred.add(a.member()));
        details.paragraphs().forEach(p -> referred.addAll(membersIn(p.proceedings())));
        Map<MemberId, Member> members = new HashMap<>();
        referred.forEach(m -> r.members().findById(m).ifPresent(member -> members.put(m, member)));
        return members;
    }

    private static java.util.function.Predicate<Paragraph> distinct() {
        Set<Object> seen = new HashSet<>();
        return p -> seen.add(p.number());
    }

    private static Set<MemberId> membersIn(Proceedings p) {
        Set<MemberId> ids = new HashSet<>();
        p.motions().forEach(m -> ids.add(m.member()));
        p.votes().forEach(v -> v.ballots().forEach(b -> ids.add(b.member())));
        p.dissents().forEach(d -> ids.add(d.member()));
        p.statements().forEach(s -> {
            ids.add(s.author());
            ids.addAll(s.joiners());
        });
        p.disqualifications().forEach(d -> {
            ids.add(d.member());
            d.replacedBy().ifPresent(ids::add);
        });
        return ids;
    }
}
