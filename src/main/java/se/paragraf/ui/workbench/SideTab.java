package se.paragraf.ui.workbench;

import se.paragraf.ui.Messages;

/** The workbench side pane's tabs, in the order they stand (and {@link WorkbenchShortcut#SIDE_PANE_NEXT} steps). */
public enum SideTab {
    PREVIEW,
    ASSIGNMENTS,
    GOALS;

    public String label() {
        return switch (this) {
            case PREVIEW -> Messages.get("sidepane.tab.preview");
            case ASSIGNMENTS -> Messages.get("sidepane.tab.assignments");
            case GOALS -> Messages.get("sidepane.tab.goals");
        };
    }

    public SideTab next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
