package se.paragraf.application.search;

/** The file formats a result list can be saved as. */
public enum ExportFormat {
    /** For Excel: one row per hit. */
    CSV("csv"),
    /** To print, send or archive: PDF/A-2a with the timeline and the highlighted snippets. */
    PDF("pdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
