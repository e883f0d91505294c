package se.paragraf.ui.meetingform;

import java.util.Optional;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.meeting.AttendanceKind;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.AttendanceChange;
import se.paragraf.domain.meeting.Attendee;
import se.paragraf.domain.meeting.Movement;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.ui.Messages;

/**
 * Turns what the secretary typed in the attendance rows (names, a capacity, a §) into the next
 * {@link Attendance}, or a Swedish explanation of why it cannot be.
 */
final class AttendanceChanges {
    private final MemberDirectory directory;

    AttendanceChanges(MemberDirectory directory) {
        this.directory = directory;
    }

    /** The attendance with the person added, or the explanation as a {@link DomainException}. */
    Attendance withAttendee(Attendance attendance, String name, AttendanceKind kind, String replacesName) {
        MemberId member = known(name);
        MemberId replaced = kind == AttendanceKind.SERVING_SUBSTITUTE ? known(replacesName) : null;
        Attendee attendee = switch (kind) {
            case SERVING -> Attendee.serving(member, directory.role(member));
            case SERVING_SUBSTITUTE -> new Attendee(member, directory.role(member), kind, replaced);
            case PRESENT_NOT_SERVING -> new Attendee(member, directory.role(member), kind, null);
        };
        return attendance.with(attendee);
    }

    Attendance withChange(Attendance attendance, String name, Movement movement, String paragraph, String replacesName) {
        MemberId member = known(name);
        ParagraphNumber number = ParagraphNumber.parse(paragraph);
        MemberId replaced = FormValues.blank(replacesName) ? null : known(replacesName);
        return attendance.withChange(new AttendanceChange(member, movement, number, replaced));
    }

    /** A serving ersättare must replace a ledamot who does not serve herself; empty when all is well. */
    Optional<String> replacementProblem(Attendance attendance, String replacesName) {
        if (FormValues.blank(replacesName)) {
            return Optional.empty();
        }
        Optional<MemberId> replaced = directory.find(replacesName);
        if (replaced.isEmpty()) {
            return Optional.of(Messages.get("meetingForm.problem.unknownName", replacesName.strip()));
        }
        return attendance.attendee(replaced.get()).filter(a -> a.kind() == AttendanceKind.SERVING)
                .map(a -> Messages.get("meetingForm.problem.replacedServes", directory.name(a.member())));
    }

    /** Every ersättare in the list who replaces someone serving herself, as warnings. */
    java.util.List<String> findings(Attendance attendance) {
        return attendance.attendees().stream().filter(a -> a.kind() == AttendanceKind.SERVING_SUBSTITUTE)
                .filter(a -> attendance.attendee(a.replaces()).filter(r -> r.kind() == AttendanceKind.SERVING).isPresent())
                .map(a -> Messages.get("meetingForm.finding.replacedServes", directory.name(a.member()),
                        directory.name(a.replaces())))
                .toList();
    }

    MemberId known(String name) {
        return directory.find(name).orElseThrow(() -> new DomainException(FormValues.blank(name)
                ? Messages.get("meetingForm.problem.noName")
                : Messages.get("meetingForm.problem.unknownName", name.strip())));
    }
}
