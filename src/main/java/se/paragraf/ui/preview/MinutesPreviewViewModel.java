package se.paragraf.ui.preview;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import se.paragraf.application.document.MinutesOptions;
import se.paragraf.application.document.RenderMinutes;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.ui.Messages;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/**
 * The minutes of one meeting, or the protokollsutdrag of one of its §§, as they will print:
 * rendered to PDF and drawn page by page in the background, so typing never waits for it. A refresh asked for while one runs supersedes it:
 * only the newest result is shown. Saving and printing render afresh, so they never use a stale
 * preview.
 */
public final class MinutesPreviewViewModel {
    /** Sharp enough on screen at the pane's width, cheap enough to redraw 70 pages on every save. */
    static final float PREVIEW_DPI = 60;
    static final float PRINT_DPI = 150;

    private final RenderMinutes renderMinutes;
    private final TaskExecutor executor;
    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final ObservableList<Image> readOnlyPages = FXCollections.unmodifiableObservableList(pages);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty publicVersion = new SimpleBooleanProperty(false);
    private Shown shown;
    private long generation;

    public MinutesPreviewViewModel(RenderMinutes renderMinutes, TaskExecutor executor) {
        this.renderMinutes = renderMinutes;
        this.executor = executor;
        publicVersion.addListener((o, was, now) -> {
            if (shown != null && shown.publicVersion() != now) {
                showing(new Shown(shown.meeting(), shown.extract(), now));
            }
        });
    }

    /** Shows the minutes of {@code id}, rendered now. */
    public void show(MeetingId id) {
        showing(new Shown(id, List.of(), publicVersion.get()));
    }

    /**
     * Shows the extract of the §§ {@code paragraphs} of {@code meeting}, as expediering would send it,
     * or its public version (sekretess-§§ as title and OSL reference, personnummer masked).
     */
    public void showExtract(MeetingId meeting, List<ParagraphId> paragraphs, boolean isPublic) {
        publicVersion.set(isPublic);
        showing(new Shown(meeting, List.copyOf(paragraphs), isPublic));
    }

    /** Whether the public version is shown, printed and saved; changing it renders again. */
    public BooleanProperty publicVersionProperty() {
        return publicVersion;
    }

    private void showing(Shown what) {
        shown = what;
        pages.clear();
        ready.set(false);
        refresh();
    }

    /** Renders the minutes again, e.g. after the meeting changed; the view debounces calls to this. */
    public void refresh() {
        if (shown == null) {
            return;
        }
        long mine = ++generation;
        Shown id = shown;
        busy.set(true);
        status.set(Messages.get("preview.rendering"));
        BackgroundTask.wrap(Messages.get("preview.task.render"), () -> PageImages.render(pdf(id), PREVIEW_DPI))
                .onSuccess(images -> {
                    if (mine == generation) {
                        busy.set(false);
                        status.set(images.size() == 1 ? Messages.get("preview.onePage")
                                : Messages.get("preview.pages", Integer.toString(images.size())));
                        ready.set(!images.isEmpty());
                        pages.setAll(images);
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        busy.set(false);
                        status.set(Messages.get("preview.failed", e.getMessage()));
                    }
                })
                .executeWith(executor);
    }

    /** Writes the minutes to {@code file} as PDF/A; {@code done} runs on the FX thread afterwards. */
    public void saveAs(Path file, Runnable done) {
        if (shown == null) {
            return;
        }
        Shown id = shown;
        BackgroundTask.wrap(Messages.get("preview.task.save"), () -> id.save(renderMinutes, file))
                .onSuccess(nothing -> {
                    status.set(Messages.get("preview.saved", file.toString()));
                    done.run();
                })
                .executeWith(executor);
    }

    /** The pages at printing resolution, rendered in the background and handed to {@code printer} on the FX thread. */
    public void printPages(Consumer<List<Image>> printer) {
        if (shown == null) {
            return;
        }
        Shown id = shown;
        BackgroundTask.wrap(Messages.get("preview.task.print"), () -> PageImages.render(pdf(id), PRINT_DPI))
                .onSuccess(printer)
                .executeWith(executor);
    }

    private byte[] pdf(Shown what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        what.render(renderMinutes, out);
        return out.toByteArray();
    }

    /** The name the save dialog suggests: "protokoll.pdf", or "utdrag.pdf" for an extract. */
    public String suggestedFileName() {
        return (shown != null && shown.isExtract() ? Messages.get("preview.defaultExtractName")
                : Messages.get("preview.defaultName")) + ".pdf";
    }

    /** The whole minutes of {@code meeting} when {@code extract} is empty, else the extract of those §§. */
    private record Shown(MeetingId meeting, List<ParagraphId> extract, boolean publicVersion) {
        boolean isExtract() {
            return !extract.isEmpty();
        }

        void render(RenderMinutes renderMinutes, OutputStream out) {
            if (isExtract()) {
                renderMinutes.renderExtract(meeting, extract, publicVersion, out);
            } else {
                renderMinutes.minutes(meeting, options(), out);
            }
        }

        void save(RenderMinutes renderMinutes, Path file) {
            if (isExtract()) {
                renderMinutes.renderExtract(meeting, extract, publicVersion, file);
            } else {
                renderMinutes.minutes(meeting, options(), file);
            }
        }

        MinutesOptions options() {
            return publicVersion ? MinutesOptions.PUBLIC : MinutesOptions.FULL;
        }
    }

    public ObservableList<Image> pages() {
        return readOnlyPages;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once there are pages to print or save. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
