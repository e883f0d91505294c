package se.paragraf.ui.main;

/** What Sammanträden shows for an import: nothing (the list or a meeting), the wizard, or a folder's batch. */
public enum ImportPage {
    NONE, WIZARD, FOLDER
}
