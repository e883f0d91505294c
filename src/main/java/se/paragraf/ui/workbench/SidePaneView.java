package se.paragraf.ui.workbench;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import se.paragraf.ui.decision.AssignmentSuggestionsView;
import se.paragraf.ui.decision.GoalLinksView;
import se.paragraf.ui.preview.MinutesPreview;

/** The workbench's side pane as tabs: Förhandsgranskning, Uppdrag and Mål. */
final class SidePaneView extends TabPane {
    private final Map<SideTab, Tab> tabs = new EnumMap<>(SideTab.class);

    SidePaneView(SidePaneViewModel viewModel) {
        setId("workbench-side-tabs");
        getStyleClass().add("workbench-side-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        MinutesPreview preview = new MinutesPreview(viewModel.preview());
        viewModel.previewRefresh(preview::refresh);
        add(SideTab.PREVIEW, preview);
        add(SideTab.ASSIGNMENTS, scrolled(new AssignmentSuggestionsView(viewModel.assignments())));
        add(SideTab.GOALS, scrolled(new GoalLinksView(viewModel.goals())));
        getSelectionModel().select(tabs.get(viewModel.tabProperty().get()));
        getSelectionModel().selectedItemProperty().addListener((o, was, tab) ->
                viewModel.tabProperty().set((SideTab) tab.getUserData()));
        viewModel.tabProperty().addListener((o, was, tab) -> getSelectionModel().select(tabs.get(tab)));
    }

    private void add(SideTab side, Node content) {
        Tab tab = new Tab(side.label(), content);
        tab.setId("side-tab-" + side.name().toLowerCase(java.util.Locale.ROOT));
        tab.setUserData(side);
        tab.setTooltip(new Tooltip(WorkbenchShortcut.SIDE_PANE_NEXT.display()));
        tabs.put(side, tab);
        getTabs().add(tab);
    }

    /** The forms are taller than the pane; the width follows the pane, the forms wrap. */
    private static ScrollPane scrolled(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** Gives the keyboard to the tab in view, so the chosen tab can be worked at once. */
    void focusSelected() {
        Node content = getSelectionModel().getSelectedItem().getContent();
        if (content instanceof ScrollPane scroll && scroll.getContent() != null) {
            content = scroll.getContent();
        }
        Node first = firstFocusable(content);
        (first == null ? this : first).requestFocus();
    }

    private static Node firstFocusable(Node node) {
        if (node.isFocusTraversable() && !node.isDisabled() && node.isVisible()) {
            return node;
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
