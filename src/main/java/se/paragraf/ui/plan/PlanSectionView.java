package se.paragraf.ui.plan;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import se.paragraf.ui.Messages;
import se.paragraf.ui.watch.WatchListView;
import se.paragraf.ui.watch.WatchListViewModel;

/** The Verksamhetsplan section: the plan with its goals, and the watch list of assignments. */
public final class PlanSectionView extends TabPane {
    public PlanSectionView(PlanViewModel plan, WatchListViewModel watchList) {
        getStyleClass().add("plan-section");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Tab planTab = new Tab(Messages.get("plan.tab"), new PlanView(plan));
        planTab.setId("tab-plan");
        Tab watchTab = new Tab(Messages.get("watch.tab"), new WatchListView(watchList));
        watchTab.setId("tab-watch");
        getTabs().addAll(planTab, watchTab);
        watchTab.setOnSelectionChanged(e -> {
            if (watchTab.isSelected()) {
                watchList.load();
            }
        });
        plan.load();
        watchList.load();
    }
}
