package se.paragraf.application.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.adjustment.Correction;
import se.paragraf.domain.adjustment.MinutesLifecycle;
import se.paragraf.domain.adjustment.MinutesStatus;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.audit.SealedRecord;
import se.paragraf.domain.meeting.MeetingId;

/**
 * Use case, once, when an archive from before sealed records (schema 6 or older) is upgraded:
 * seals what was already justerat, omedelbart justerat, rättat or anslaget, as it stands on the
 * day of the upgrade, and says so in the record's signer. It runs only right after the migration
 * that brought the records (ADR 0018), never later, so that a record removed afterwards is not
 * silently made again from rows that may have been changed.
 */
public final class SealEarlierRecords {
    /** Who the records of an upgrade are sealed by. */
    public static final String UPGRADE = "Paragraf (uppgradering till förseglade poster)";

    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SealEarlierRecords(UnitOfWork unitOfWork, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Seals every earlier legal act that has no record yet; returns how many records it wrote. */
    public int sealAfterUpgrade() {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        return unitOfWork.transaction(r -> {
            int sealed = 0;
            for (ParagraphId adjusted : r.paragraphAdjustments().findAdjustedParagraphs()) {
                var paragraph = r.paragraphs().findById(adjusted);
                if (paragraph.isPresent()) {
                    SealRecords.paragraph(r, paragraph.get().meeting(), adjusted, paragraph.get().number().toString(),
                            UPGRADE, now);
                    sealed++;
                }
            }
            for (MeetingId meeting : r.lifecycles().findLocked()) {
                if (SealRecords.newest(r, meeting, SealedRecord.Kind.PROTOCOL).isPresent()) {
                    continue;
                }
                SealRecords.protocol(r, meeting, UPGRADE, now);
                sealed++;
                MinutesLifecycle lifecycle = r.lifecycles().find(meeting).orElseThrow();
                if (lifecycle.status() != MinutesStatus.ADJUSTED) {
                    SealRecords.lifecycle(r, lifecycle, UPGRADE, now);
                    sealed++;
                }
                for (Correction correction : r.corrections().findByMeeting(meeting)) {
                    SealRecords.correction(r, correction, UPGRADE, now);
                    sealed++;
                }
            }
            return sealed;
        });
    }
}
