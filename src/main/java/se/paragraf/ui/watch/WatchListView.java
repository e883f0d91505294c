package se.paragraf.ui.watch;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.paragraf.application.assignment.WatchItem;
import se.paragraf.ui.Messages;

/** The watch list as a table: due, status, who, what, and where it was decided; overdue rows in red. */
public final class WatchListView extends VBox {
    private final WatchListViewModel viewModel;
    private final TableView<WatchItem> table = new TableView<>();

    public WatchListView(WatchListViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("watch-list");
        setSpacing(8);
        setPadding(new Insets(12));
        Label heading = new Label(Messages.get("watch.title"));
        heading.getStyleClass().add("title-3");
        Label summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        Button schedule = new Button(Messages.get("watch.schedule"));
        schedule.setId("watch-schedule");
        schedule.setDefaultButton(false);
        schedule.disableProperty().bind(viewModel.selectedProperty().isNull());
        schedule.setOnAction(e -> viewModel.putOnNextMeeting());
        Button refresh = new Button(Messages.get("watch.refresh"));
        refresh.setOnAction(e -> viewModel.load());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, summary, gap, refresh, schedule);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label message = new Label();
        message.getStyleClass().add("watch-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());

        table.getStyleClass().add("watch-table");
        table.setItems(viewModel.items());
        table.setPlaceholder(new Label(Messages.get("watch.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(Messages.get("watch.column.due"), 110,
                w -> w.assignment().currentDue().date() == null ? "–" : w.assignment().currentDue().date().toString()));
        TableColumn<WatchItem, String> status = column(Messages.get("watch.column.status"), 120, w -> StatusText.of(w.status()));
        status.setCellFactory(c -> new StatusCell());
        table.getColumns().add(status);
        table.getColumns().add(column(Messages.get("watch.column.dueText"), 170, w -> w.assignment().currentDue().display()));
        table.getColumns().add(column(Messages.get("watch.column.assignee"), 150, w -> w.assignment().assignee()));
        table.getColumns().add(column(Messages.get("watch.column.origin"), 165, WatchItem::origin));
        table.getColumns().add(column(Messages.get("watch.column.task"), 420, w -> w.assignment().task()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(WatchItem item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.overdue());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> viewModel.selectedProperty().set(now));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, bar, table, message);
    }

    private static final javafx.css.PseudoClass OVERDUE = javafx.css.PseudoClass.getPseudoClass("overdue");

    private static TableColumn<WatchItem, String> column(String title, double width,
                                                         java.util.function.Function<WatchItem, String> text) {
        TableColumn<WatchItem, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    /** The status word with the status's colour class. */
    private static final class StatusCell extends TableCell<WatchItem, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().removeIf(s -> s.startsWith("assignment-"));
            WatchItem item = empty ? null : getTableRow().getItem();
            setText(empty ? null : text);
            if (item != null) {
                getStyleClass().add(StatusText.styleClass(item.status()));
            }
        }
    }
}
