package se.paragraf.domain.meeting;

import java.util.Optional;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * A member or ersättare on the attendance list. A serving ersättare names the ledamot she
 * {@code replaces}; {@code role} is the role in the board (ordförande, ledamot, ersättare).
 */
public record Attendee(MemberId member, MembershipRole role, AttendanceKind kind, MemberId replaces) {
    public Attendee {
        Require.present(member, "Ledamot");
        Require.present(role, "Roll");
        Require.present(kind, "Närvaro");
        if (kind == AttendanceKind.SERVING_SUBSTITUTE && replaces == null) {
            throw new DomainException("Ange vilken ledamot den tjänstgörande ersättaren ersätter.");
        }
        if (kind != AttendanceKind.SERVING_SUBSTITUTE && replaces != null) {
            throw new DomainException("Bara en tjänstgörande ersättare ersätter någon.");
        }
        if (member.equals(replaces)) {
            throw new DomainException("En ersättare kan inte ersätta sig själv.");
        }
    }

    public static Attendee serving(MemberId member, MembershipRole role) {
        return new Attendee(member, role, AttendanceKind.SERVING, null);
    }

    public static Attendee substituteFor(MemberId substitute, MemberId replaced) {
        return new Attendee(substitute, MembershipRole.SUBSTITUTE, AttendanceKind.SERVING_SUBSTITUTE, replaced);
    }

    public static Attendee presentNotServing(MemberId substitute) {
        return new Attendee(substitute, MembershipRole.SUBSTITUTE, AttendanceKind.PRESENT_NOT_SERVING, null);
    }

    public Optional<MemberId> replaced() {
        return Optional.ofNullable(replaces);
    }
}
