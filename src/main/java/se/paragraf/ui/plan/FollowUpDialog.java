package se.paragraf.ui.plan;

import java.io.File;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import se.paragraf.ui.Messages;

/**
 * Asks for the period of the follow-up report (a delår or helår of the plan's years, or any dates)
 * and where to save it; the view model writes it in the background and says where it went.
 */
final class FollowUpDialog {
    private final PlanViewModel viewModel;
    private final ChoiceBox<ReportPeriod> preset = new ChoiceBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType choose = new ButtonType(Messages.get("planReport.choose"), ButtonBar.ButtonData.OK_DONE);

    FollowUpDialog(PlanViewModel viewModel) {
        this.viewModel = viewModel;
        preset.getItems().setAll(viewModel.reportPeriods());
        preset.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                from.setValue(now.from());
                to.setValue(now.to());
            }
        });
        java.time.LocalDate today = java.time.LocalDate.now();
        preset.getItems().stream().filter(p -> !p.from().isAfter(today)).reduce((a, b) -> b)
                .or(() -> preset.getItems().stream().findFirst()).ifPresent(preset::setValue);
        dialog.setTitle(Messages.get("planReport.title"));
        dialog.setHeaderText(Messages.get("planReport.header"));
        dialog.getDialogPane().getStyleClass().add("follow-up-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(choose, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(PlanView.form(new Label(Messages.get("planReport.preset")), preset,
                new Label(Messages.get("planReport.from")), from, new Label(Messages.get("planReport.to")), to));
        dialog.getDialogPane().lookupButton(choose).disableProperty()
                .bind(from.valueProperty().isNull().or(to.valueProperty().isNull()));
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    void showFor(Window owner) {
        dialog.initOwner(owner);
        if (dialog.showAndWait().filter(choose::equals).isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("planReport.fileTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("planReport.filter"), "*.pdf"));
        chooser.setInitialFileName(Messages.get("planReport.fileName", viewModel.planProperty().get().title(),
                from.getValue().toString(), to.getValue().toString()));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            viewModel.exportReport(from.getValue(), to.getValue(), file.toPath());
        }
    }
}
