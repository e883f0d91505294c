package se.paragraf.ui.workbench;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import se.paragraf.application.Services;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.ui.decision.AssignmentSuggestionsViewModel;
import se.paragraf.ui.decision.GoalLinksViewModel;
import se.paragraf.ui.preview.MinutesPreviewViewModel;
import se.paragraf.ui.task.TaskExecutor;

/**
 * The workbench's side pane: the printed minutes of the meeting being edited, and the
 * assignments and goals of the § in the editor. Only the tab in view is read or rendered; the
 * others are marked stale and brought up to date when chosen, since rendering the minutes after
 * every save while the Uppdrag tab is up would only cost the secretary's CPU.
 */
public final class SidePaneViewModel {
    private final MinutesPreviewViewModel preview;
    private final AssignmentSuggestionsViewModel assignments;
    private final GoalLinksViewModel goals;
    private final ObjectProperty<SideTab> tab = new SimpleObjectProperty<>(SideTab.PREVIEW);
    private final Set<SideTab> stale = EnumSet.allOf(SideTab.class);
    private Runnable previewRefresh;
    private MeetingId meeting;
    private ParagraphId paragraph;

    public SidePaneViewModel(Services services, TaskExecutor executor) {
        this.preview = new MinutesPreviewViewModel(services.renderMinutes(), executor);
        this.assignments = new AssignmentSuggestionsViewModel(services.manageAssignments(), executor);
        this.goals = new GoalLinksViewModel(services.linkGoals(), executor);
        this.previewRefresh = preview::refresh;
        tab.addListener((o, was, now) -> bringUpToDate());
    }

    /** The view's debounced refresh, so that a burst of saves renders the minutes once. */
    public void previewRefresh(Runnable refresh) {
        this.previewRefresh = refresh;
    }

    /** Another meeting is in the workbench: every tab is out of date. */
    public void meeting(MeetingId id) {
        meeting = id;
        paragraph = null;
        stale.addAll(EnumSet.allOf(SideTab.class));
        bringUpToDate();
    }

    /** The editor shows another § (null for an item without one). */
    public void paragraph(ParagraphId id) {
        if (id == null || id.equals(paragraph)) {
            return;
        }
        paragraph = id;
        stale.add(SideTab.ASSIGNMENTS);
        stale.add(SideTab.GOALS);
        bringUpToDate();
    }

    /** An edit, undo or redo was stored: the minutes and the § clauses may read differently now. */
    public void saved() {
        if (meeting == null) {
            return;
        }
        if (tab.get() == SideTab.PREVIEW && !stale.contains(SideTab.PREVIEW)) {
            previewRefresh.run();
        } else {
            stale.add(SideTab.PREVIEW);
        }
        stale.add(SideTab.ASSIGNMENTS);
        stale.add(SideTab.GOALS);
        bringUpToDate();
    }

    private void bringUpToDate() {
        SideTab shown = tab.get();
        if (meeting == null || !stale.contains(shown)) {
            return;
        }
        switch (shown) {
            case PREVIEW -> preview.show(meeting);
            case ASSIGNMENTS -> {
                if (paragraph == null) {
                    return;
                }
                assignments.show(paragraph);
            }
            case GOALS -> {
                if (paragraph == null) {
                    return;
                }
                goals.show(paragraph);
            }
        }
        stale.remove(shown);
    }

    public ObjectProperty<SideTab> tabProperty() {
        return tab;
    }

    /** Ctrl+Skift+P: the next tab, round to the first. */
    public void nextTab() {
        tab.set(tab.get().next());
    }

    public MinutesPreviewViewModel preview() {
        return preview;
    }

    public AssignmentSuggestionsViewModel assignments() {
        return assignments;
    }

    public GoalLinksViewModel goals() {
        return goals;
    }
}
