package se.paragraf.domain.adjustment;

import java.time.LocalDateTime;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * One signature of a protocol at justering, on paper (ink, recorded by the secretary) or digital
 * (a PAdES signature in the PDF). Signing starts when the protocol is ready for justering.
 */
public record AdjustmentSignature(MeetingId meeting, SignerRole role, String name, LocalDateTime signedAt,
                                  Method method, String recordedBy) {
    public enum Method {
        PAPER, DIGITAL
    }

    public AdjustmentSignature {
        Require.present(meeting, "Sammanträde");
        Require.present(role, "Roll");
        name = Require.text(name, "Namnet på den som skrev under");
        Require.present(signedAt, "Tidpunkt för underskriften");
        Require.present(method, "Sätt att skriva under");
        recordedBy = Require.text(recordedBy, "Vem som registrerade underskriften");
    }

    public static AdjustmentSignature of(MinutesLifecycle lifecycle, SignerRole role, String name,
                                         LocalDateTime signedAt, Method method, String recordedBy) {
        if (lifecycle.status() == MinutesStatus.DRAFT) {
            throw new DomainException("Protokollet är ett utkast: markera det klart för justering innan någon "
                    + "skriver under.");
        }
        if (signedAt.toLocalDate().isBefore(lifecycle.meetingDate())) {
            throw new DomainException("En underskrift kan inte vara från före sammanträdet " + lifecycle.meetingDate()
                    + ".");
        }
        return new AdjustmentSignature(lifecycle.meeting(), role, name, signedAt, method, recordedBy);
    }
}
