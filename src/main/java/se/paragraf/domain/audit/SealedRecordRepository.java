package se.paragraf.domain.audit;

import java.util.List;
import java.util.Optional;

/** The archive's sealed records (ADR 0018). Append-only: there is no update and no delete. */
public interface SealedRecordRepository {
    long nextId();

    void add(SealedRecord record);

    /** The meeting's records, oldest first. */
    List<SealedRecord> findByMeeting(long meeting);

    /** The newest record of the archive, whose seal the next one links to. */
    Optional<SealedRecord.SealLink> newest();

    /** Every record's link, oldest first: the archive's chain without the canonical texts. */
    List<SealedRecord.SealLink> links();

    /** The meetings that have at least one record. */
    List<Long> sealedMeetings();
}
