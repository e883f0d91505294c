package se.paragraf.domain.meeting;

import se.paragraf.domain.shared.Require;

public record MeetingId(long value) {
    public MeetingId {
        Require.positive(value, "Sammanträdets id");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
