package se.paragraf.ui.preview;

import java.io.File;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.ui.ErrorDialogs;
import se.paragraf.ui.Messages;

/**
 * A self-contained preview of a meeting's minutes as they print, for any screen that shows a
 * meeting: {@link #show} opens a meeting, {@link #refresh} asks for a new rendering after a
 * change (calls within {@value #DEBOUNCE_MS} ms are folded into one, so typing does not render
 * on every key). "Skriv ut…" prints through the system print dialog, "Spara som PDF…" saves the
 * PDF/A file.
 */
public final class MinutesPreview extends VBox {
    static final int DEBOUNCE_MS = 600;
    private static final double PAGE_GAP = 12;
    private static final double COMPACT_BELOW = 460;

    private final MinutesPreviewViewModel viewModel;
    private final PauseTransition debounce = new PauseTransition(Duration.millis(DEBOUNCE_MS));
    private final VBox pageList = new VBox(PAGE_GAP);
    private final ScrollPane scroll = new ScrollPane(pageList);
    private final Button printButton = new Button(Messages.get("preview.print"), new FontIcon("mdal-local_printshop"));
    private final Button saveButton = new Button(Messages.get("preview.save"), new FontIcon("mdal-insert_drive_file"));

    public MinutesPreview(MinutesPreviewViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("minutes-preview");
        setSpacing(8);
        setPadding(new Insets(8));
        Label status = new Label();
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(viewModel.statusProperty());
        printButton.disableProperty().bind(viewModel.readyProperty().not());
        saveButton.disableProperty().bind(viewModel.readyProperty().not());
        printButton.setOnAction(e -> print());
        saveButton.setOnAction(e -> save());
        status.setMinWidth(Region.USE_PREF_SIZE);
        printButton.setTooltip(new javafx.scene.control.Tooltip(printButton.getText()));
        saveButton.setTooltip(new javafx.scene.control.Tooltip(saveButton.getText()));
        // In the workbench's narrow side pane the buttons keep only their icons rather than "Skriv u…".
        widthProperty().addListener((o, was, width) -> {
            ContentDisplay display = width.doubleValue() < COMPACT_BELOW ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
            printButton.setContentDisplay(display);
            saveButton.setContentDisplay(display);
        });
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        CheckBox publicVersion = new CheckBox(Messages.get("preview.publicVersion"));
        publicVersion.setId("preview-public");
        publicVersion.setTooltip(new javafx.scene.control.Tooltip(Messages.get("preview.publicVersion.tooltip")));
        publicVersion.selectedProperty().bindBidirectional(viewModel.publicVersionProperty());
        HBox bar = new HBox(8, status, spring, publicVersion, printButton, saveButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        pageList.setAlignment(Pos.TOP_CENTER);
        pageList.setPadding(new Insets(PAGE_GAP));
        pageList.getStyleClass().add("preview-pages");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("preview-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(bar, scroll);
        debounce.setOnFinished(e -> viewModel.refresh());
        viewModel.pages().addListener((ListChangeListener<Image>) change -> showPages(viewModel.pages()));
    }

    /** Shows the minutes of {@code meeting}, rendered at once. */
    public void show(MeetingId meeting) {
        debounce.stop();
        viewModel.show(meeting);
    }

    /** The meeting changed: renders again once the changes pause. */
    public void refresh() {
        debounce.playFromStart();
    }

    public MinutesPreviewViewModel viewModel() {
        return viewModel;
    }

    private void showPages(List<Image> pages) {
        double top = scroll.getVvalue();
        pageList.getChildren().setAll(pages.stream().map(this::page).toList());
        scroll.setVvalue(top);
    }

    private ImageView page(Image image) {
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.fitWidthProperty().bind(scroll.widthProperty().subtract(2 * PAGE_GAP + 18));
        view.getStyleClass().add("preview-page");
        view.setAccessibleText(Messages.get("preview.pageImage"));
        return view;
    }

    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            ErrorDialogs.create(Messages.get("preview.print.title"), Messages.get("preview.noPrinter"), null).showAndWait();
            return;
        }
        if (!job.showPrintDialog(getScene().getWindow())) {
            job.cancelJob();
            return;
        }
        viewModel.printPages(pages -> {
            PageLayout layout = job.getJobSettings().getPageLayout();
            for (Image image : pages) {
                ImageView view = new ImageView(image);
                view.setPreserveRatio(true);
                view.setFitWidth(layout.getPrintableWidth());
                view.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(layout, view)) {
                    ErrorDialogs.create(Messages.get("preview.print.title"), Messages.get("preview.printFailed"), null).show();
                    job.cancelJob();
                    return;
                }
            }
            job.endJob();
        });
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("preview.saveTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("preview.pdfFiles"), "*.pdf"));
        chooser.setInitialFileName(viewModel.suggestedFileName());
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            viewModel.saveAs(file.toPath(), () -> { });
        }
    }
}
