package se.paragraf.ui.main;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import se.paragraf.application.Services;
import se.paragraf.ui.meetings.MeetingsViewModel;
import se.paragraf.ui.settings.SettingsViewModel;
import se.paragraf.ui.task.BackgroundActivity;
import se.paragraf.ui.task.TaskExecutor;

/** The main window's state: the selected section, the screens' models and the status bar. */
public final class MainViewModel {
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.MEETINGS);
    private final MeetingsViewModel meetings;
    private final SettingsViewModel settings;
    private final DemoOffer demoOffer;
    private final TaskExecutor executor;
    private final String archiveLocation;

    public MainViewModel(Services services, TaskExecutor executor, String archiveLocation) {
        this.executor = executor;
        this.archiveLocation = archiveLocation;
        this.meetings = new MeetingsViewModel(services.listMeetings(), executor);
        this.settings = new SettingsViewModel(services.describeArchive(), executor);
        this.demoOffer = new DemoOffer(services.describeArchive(), services.createDemoArchive(), executor);
    }

    /** Loads every screen's data and, on an empty archive, asks whether to create the demo. */
    public void start(Confirmation user) {
        reload();
        demoOffer.offerIfEmpty(user, this::reload);
    }

    public void reload() {
        meetings.load();
        settings.load();
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public void select(Section target) {
        section.set(target);
    }

    public MeetingsViewModel meetings() {
        return meetings;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public BackgroundActivity activity() {
        return executor.activity();
    }

    public String archiveLocation() {
        return archiveLocation;
    }
}
