package se.paragraf.application.importing;

import java.util.Optional;

/** The record of every imported source file, keyed by the checksum of its bytes. */
public interface ImportLog {
    Optional<ImportRecord> findByChecksum(String checksum);

    /** Records an import; a second record with the same checksum is refused by the storage. */
    void record(ImportRecord record);

    /** The import a meeting came from, if it was imported. */
    Optional<ImportRecord> findByMeeting(se.paragraf.domain.meeting.MeetingId meeting);

    long count();
}
