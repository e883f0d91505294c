package se.paragraf.application.archive;

/** Figures for `paragraf db info` and the settings view. */
public record ArchiveInfo(String location, String schemaVersion, long boards, long meetings, long paragraphs) {
    public boolean isEmpty() {
        return boards == 0 && meetings == 0 && paragraphs == 0;
    }
}
