package se.paragraf.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import se.paragraf.ui.meetings.MeetingsRow;

/** What the Sammanträden tree lists (boards and meetings, depth first), read on the FX thread. */
public final class MeetingsTreeTitles {
    private MeetingsTreeTitles() {
    }

    /** Empty while the Sammanträden view is not shown. */
    public static List<String> of(FxRobot robot) throws Exception {
        if (robot.lookup(".meetings-tree").tryQuery().isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        TreeTableView<MeetingsRow> tree = robot.lookup(".meetings-tree").queryAs(TreeTableView.class);
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> titles = new ArrayList<>();
            collect(tree.getRoot(), titles);
            return titles;
        }).get(30, TimeUnit.SECONDS);
    }

    private static void collect(TreeItem<MeetingsRow> item, List<String> titles) {
        if (item == null) {
            return;
        }
        if (item.getValue() != null) {
            titles.add(item.getValue().title());
        }
        item.getChildren().forEach(child -> collect(child, titles));
    }
}
