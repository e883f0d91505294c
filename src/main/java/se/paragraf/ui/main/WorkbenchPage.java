package se.paragraf.ui.main;

/** The secretary's editing pages that Sammanträden shows in place of the list. */
public enum WorkbenchPage {
    NONE,
    BOARDS,
    MEETING_FORM,
    PHRASES
}
