package se.paragraf.ui.watch;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.paragraf.application.assignment.ManageAssignments;
import se.paragraf.application.assignment.ScheduleReportBack;
import se.paragraf.application.assignment.WatchItem;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/**
 * Bevakningslistan: every assignment not closed, by due date, overdue ones marked; one action puts
 * the selected one on the agenda of its board's next meeting.
 */
public final class WatchListViewModel {
    private final ManageAssignments assignments;
    private final ScheduleReportBack schedule;
    private final TaskExecutor executor;
    private final ObservableList<WatchItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<WatchItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public WatchListViewModel(ManageAssignments assignments, ScheduleReportBack schedule, TaskExecutor executor) {
        this.assignments = assignments;
        this.schedule = schedule;
        this.executor = executor;
    }

    public void load() {
        BackgroundTask.wrap(Messages.get("watch.task.load"), assignments::watchList)
                .onSuccess(list -> {
                    items.setAll(list);
                    long overdue = list.stream().filter(WatchItem::overdue).count();
                    summary.set(list.isEmpty() ? Messages.get("watch.empty")
                            : Messages.get("watch.summary", list.size(), overdue));
                })
                .executeWith(executor);
    }

    public void putOnNextMeeting() {
        WatchItem item = selected.get();
        if (item == null) {
            message.set(Messages.get("watch.chooseFirst"));
            return;
        }
        BackgroundTask.wrap(Messages.get("watch.task.schedule"), () -> schedule.putOnNextMeeting(item.assignment().id()))
                .onSuccess(s -> message.set(Messages.get("watch.scheduled", item.boardName(), s.meeting().date().toString())))
                .onFailure(e -> message.set(e instanceof DomainException ? e.getMessage() : Messages.get("watch.failed")))
                .executeWith(executor);
    }

    public ObservableList<WatchItem> items() {
        return items;
    }

    public ObjectProperty<WatchItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
