package se.paragraf.application.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.board.Membership;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.minutes.Finding;
import se.paragraf.domain.minutes.MinutesDraft;
import se.paragraf.domain.minutes.MinutesValidator;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.ParagraphSeries;
import se.paragraf.domain.shared.DomainException;

/** Use case: the findings for a meeting as stored, for the editor's side panel and before justering. */
public final class ValidateMeeting {
    private final UnitOfWork unitOfWork;

    public ValidateMeeting(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public List<Finding> validate(MeetingId id) {
        return MinutesValidator.validate(draft(id));
    }

    public MinutesDraft draft(MeetingId id) {
        return unitOfWork.transaction(r -> {
            Meeting meeting = r.meetings().findById(id)
                    .orElseThrow(() -> new DomainException("Sammanträdet finns inte längre i arkivet."));
            Board board = r.boards().findById(meeting.board()).orElseThrow();
            List<Membership> memberships = r.members().membershipsOf(board.id());
            Attendance attendance = r.attendance().findByMeeting(id).orElse(Attendance.empty(id));
            List<Paragraph> paragraphs = r.paragraphs().findByMeeting(id);
            Set<ParagraphNumber> own = Set.copyOf(r.paragraphs().numbersOf(id));
            ParagraphSeries series = r.paragraphs().seriesOf(board.id(), meeting.seriesYear());
            ParagraphNumber expectedFirst = series.taken().stream().filter(n -> !own.contains(n))
                    .filter(n -> own.stream().allMatch(o -> n.compareTo(o) < 0))
                    .max(ParagraphNumber::compareTo).map(n -> ParagraphNumber.of(n.number() + 1)).orElse(null);
            Map<MemberId, String> names = new HashMap<>();
            memberships.forEach(m -> r.members().findById(m.member()).ifPresent(x -> names.put(x.id(), x.name())));
            attendance.attendees().forEach(a -> r.members().findById(a.member()).ifPresent(x -> names.put(x.id(), x.name())));
            return new MinutesDraft(board, meeting, memberships, attendance, paragraphs, expectedFirst, names);
        });
    }
}
