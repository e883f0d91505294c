package se.paragraf.ui.delegation;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.ui.Messages;
import se.paragraf.ui.search.Choice;

/** The register: filters and CSV import on top, decisions in a table (unreported in bold), the entry form on the right. */
final class RegisterPane extends BorderPane {
    private final RegisterViewModel vm;

    RegisterPane(RegisterViewModel vm) {
        this.vm = vm;
        setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        setTop(filters());
        // The form goes below, not beside: eight columns need the full width to be read.
        VBox center = new VBox(10, table(), form());
        VBox.setVgrow(center.getChildren().get(0), Priority.ALWAYS);
        setCenter(center);
    }

    private HBox filters() {
        DatePicker from = new DatePicker();
        from.setPromptText(Messages.get("delegation.filter.from"));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setPromptText(Messages.get("delegation.filter.to"));
        to.valueProperty().bindBidirectional(vm.toProperty());
        from.setPrefWidth(140);
        to.setPrefWidth(140);
        ComboBox<Choice<Boolean>> status = new ComboBox<>(FXCollections.observableArrayList(vm.statusChoices()));
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.valueProperty().bindBidirectional(vm.statusProperty());
        Label summary = new Label();
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        Button importCsv = new Button(Messages.get("delegation.import"), new FontIcon(Material2OutlinedAL.FILE_UPLOAD));
        importCsv.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("delegation.import"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("delegation.import.filter"),
                    "*.csv", "*.txt"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                vm.importFile(file.toPath());
            }
        });
        importCsv.setMinWidth(Region.USE_PREF_SIZE);
        Label period = new Label(Messages.get("delegation.filter.period"));
        period.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, period, from, new Label("–"), to, status, summary, gap, importCsv);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setStyle("-fx-padding: 0 0 10 0;");
        return bar;
    }

    private TableView<RegisterRow> table() {
        TableView<RegisterRow> table = new TableView<>(vm.rows());
        table.getStyleClass().add("delegation-table");
        table.getColumns().addAll(Arrays.asList(
                Tables.text(Messages.get("delegation.col.date"), RegisterRow::date, 105),
                Tables.text(Messages.get("delegation.col.code"), RegisterRow::rule, 60),
                Tables.flags(Messages.get("delegation.col.flag"), RegisterRow::flags),
                Tables.text(Messages.get("delegation.col.caseNumber"), RegisterRow::caseNumber, 110),
                Tables.text(Messages.get("delegation.col.description"), RegisterRow::description, 300),
                Tables.text(Messages.get("delegation.col.decidedBy"), RegisterRow::decidedBy, 220),
                Tables.text(Messages.get("delegation.col.appealable"), RegisterRow::appealable, 100),
                Tables.text(Messages.get("delegation.col.status"), RegisterRow::status, 165)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.markRows(table, "delegation-unreported", RegisterRow::unreported);
        table.setPlaceholder(new Label(Messages.get("delegation.register.empty")));
        return table;
    }

    private VBox form() {
        TextField rule = FormGrid.bound(new TextField(), vm.ruleProperty());
        rule.setPromptText("3.2");
        TextField person = FormGrid.bound(new TextField(), vm.personProperty());
        TextField role = FormGrid.bound(new TextField(), vm.roleProperty());
        role.setPromptText(Messages.get("delegation.form.rolePrompt"));
        DatePicker date = new DatePicker();
        date.valueProperty().bindBidirectional(vm.decidedOnProperty());
        TextField caseNumber = FormGrid.bound(new TextField(), vm.caseNumberProperty());
        caseNumber.setPromptText("25RS1523");
        TextArea description = new TextArea();
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        description.setPrefRowCount(3);
        description.setWrapText(true);
        CheckBox appealable = new CheckBox(Messages.get("delegation.form.appealable"));
        appealable.selectedProperty().bindBidirectional(vm.appealableProperty());
        CheckBox urgent = new CheckBox(Messages.get("delegation.form.urgent"));
        urgent.selectedProperty().bindBidirectional(vm.urgentProperty());

        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(rule, false, Validator.createEmptyValidator(Messages.get("delegation.form.ruleMissing")));
        validation.registerValidator(person, false, Validator.createEmptyValidator(Messages.get("delegation.form.personMissing")));
        validation.registerValidator(role, false, Validator.createEmptyValidator(Messages.get("delegation.form.personMissing")));
        validation.registerValidator(date, false, Validator.createEmptyValidator(Messages.get("delegation.form.dateMissing")));
        validation.registerValidator(caseNumber, false, Validator.<String>createPredicateValidator(
                s -> s == null || s.isBlank() || CaseNumber.tryParse(s).isPresent(),
                Messages.get("delegation.form.caseNumberHint")));
        validation.registerValidator(description, false,
                Validator.createEmptyValidator(Messages.get("delegation.form.descriptionMissing")));

        Button save = new Button(Messages.get("delegation.form.register"), new FontIcon(Material2OutlinedAL.ADD_TASK));
        save.setDefaultButton(true);
        save.disableProperty().bind(validation.invalidProperty());
        save.setOnAction(e -> vm.registerDecision());
        Label message = new Label();
        message.getStyleClass().add("delegation-message");
        message.textProperty().bind(vm.messageProperty());
        Label title = new Label(Messages.get("delegation.form.decisionTitle"));
        title.getStyleClass().add("title-4");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label(Messages.get("delegation.col.code"), rule), rule, label(Messages.get("delegation.col.date"), date),
                date, label(Messages.get("delegation.col.caseNumber"), caseNumber), caseNumber);
        grid.addRow(1, label(Messages.get("delegation.form.person"), person), person,
                label(Messages.get("delegation.form.role"), role), role);
        grid.add(label(Messages.get("delegation.col.description"), description), 0, 2);
        grid.add(description, 1, 2, 5, 1);
        HBox checks = new HBox(16, appealable, urgent);
        appealable.setMinWidth(Region.USE_PREF_SIZE);
        urgent.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(checks, 1, 3, 4, 1);
        grid.add(save, 5, 3);
        GridPane.setHalignment(save, javafx.geometry.HPos.RIGHT);
        for (javafx.scene.Node field : List.of(rule, date, caseNumber, person, role, description)) {
            GridPane.setHgrow(field, Priority.ALWAYS);
        }
        description.setPrefRowCount(2);
        VBox form = new VBox(8, title, grid, message);
        return form;
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

}
