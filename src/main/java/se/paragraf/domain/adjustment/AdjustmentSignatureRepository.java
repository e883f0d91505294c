package se.paragraf.domain.adjustment;

import java.util.List;
import se.paragraf.domain.meeting.MeetingId;

/** Signatures are only ever added. */
public interface AdjustmentSignatureRepository {
    void add(AdjustmentSignature signature);

    /** The meeting's signatures in the order they were recorded. */
    List<AdjustmentSignature> findByMeeting(MeetingId meeting);
}
