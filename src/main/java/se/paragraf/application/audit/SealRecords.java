package se.paragraf.application.audit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import se.paragraf.application.Repositories;
import se.paragraf.domain.adjustment.Correction;
import se.paragraf.domain.adjustment.MinutesLifecycle;
import se.paragraf.domain.audit.AuditEntry;
import se.paragraf.domain.audit.SealedRecord;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;

/**
 * Writes sealed records inside the transaction of the legal act they fix (ADR 0018): justering,
 * omedelbar justering, a rättelse, anslag and nedtagning. Each record links to the archive's
 * newest record and holds the meeting's audit head, so a later change of either shows.
 */
public final class SealRecords {
    private SealRecords() {
    }

    public static SealedRecord protocol(Repositories r, MeetingId meeting, String user, LocalDateTime at) {
        return seal(r, meeting, SealedRecord.Kind.PROTOCOL, "protokollet",
                ProtocolContent.protocol(r, meeting, null), user, at);
    }

    public static SealedRecord paragraph(Repositories r, MeetingId meeting, ParagraphId paragraph, String number,
                                         String user, LocalDateTime at) {
        return seal(r, meeting, SealedRecord.Kind.PARAGRAPH, "§ " + number + " (id " + paragraph.value() + ")",
                ProtocolContent.paragraph(r, paragraph), user, at);
    }

    public static SealedRecord correction(Repositories r, Correction correction, String user, LocalDateTime at) {
        String corrects = newest(r, correction.meeting(), SealedRecord.Kind.PROTOCOL)
                .or(() -> newest(r, correction.meeting(), SealedRecord.Kind.PARAGRAPH))
                .map(SealedRecord::seal).orElse(AuditEntry.GENESIS);
        return seal(r, correction.meeting(), SealedRecord.Kind.CORRECTION,
                ProtocolContent.CORRECTION_SUBJECT + correction.id().value(),
                ProtocolContent.correction(correction, corrects), user, at);
    }

    public static SealedRecord lifecycle(Repositories r, MinutesLifecycle lifecycle, String user, LocalDateTime at) {
        String protocol = newest(r, lifecycle.meeting(), SealedRecord.Kind.PROTOCOL).map(SealedRecord::seal)
                .orElse(AuditEntry.GENESIS);
        return seal(r, lifecycle.meeting(), SealedRecord.Kind.LIFECYCLE, lifecycle.status().name(),
                ProtocolContent.lifecycle(lifecycle, protocol), user, at);
    }

    /** The meeting's newest record of any kind. */
    public static Optional<SealedRecord> newest(Repositories r, MeetingId meeting) {
        List<SealedRecord> records = r.seals().findByMeeting(meeting.value());
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
    }

    /** The meeting's newest record of that kind. */
    public static Optional<SealedRecord> newest(Repositories r, MeetingId meeting, SealedRecord.Kind kind) {
        List<SealedRecord> records = r.seals().findByMeeting(meeting.value());
        for (int i = records.size() - 1; i >= 0; i--) {
            if (records.get(i).kind() == kind) {
                return Optional.of(records.get(i));
            }
        }
        return Optional.empty();
    }

    private static SealedRecord seal(Repositories r, MeetingId meeting, SealedRecord.Kind kind, String subject,
                                     Object content, String user, LocalDateTime at) {
        String previous = r.seals().newest().map(SealedRecord.SealLink::seal).orElse(AuditEntry.GENESIS);
        SealedRecord record = SealedRecord.of(r.seals().nextId(), meeting.value(), kind, subject, content,
                r.audit().head(meeting.value()), previous, at, user);
        r.seals().add(record);
        return record;
    }
}
