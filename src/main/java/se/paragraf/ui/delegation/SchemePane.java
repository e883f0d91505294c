package se.paragraf.ui.delegation;

import java.io.File;
import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.paragraf.domain.delegation.DelegateKind;
import se.paragraf.domain.delegation.DelegationScheme;
import se.paragraf.domain.delegation.NonDelegableGround;
import se.paragraf.ui.Messages;

/** Delegationsordning: versions on top, the rules in a table, the rule form on the right. */
final class SchemePane extends BorderPane {
    private final SchemeViewModel vm;
    private final TableView<RuleRow> table = new TableView<>();

    SchemePane(SchemeViewModel vm) {
        this.vm = vm;
        setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        setTop(versionBar());
        setCenter(rules());
        // The form is taller than a laptop screen once a flag explains itself: it scrolls rather than cuts off its buttons.
        javafx.scene.control.ScrollPane form = new javafx.scene.control.ScrollPane(form());
        form.setFitToWidth(true);
        form.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        form.setStyle("-fx-background-color: transparent; -fx-background: transparent;");
        setRight(form);
    }

    private VBox versionBar() {
        ComboBox<DelegationScheme> versions = new ComboBox<>(vm.versions());
        versions.valueProperty().bindBidirectional(vm.versionProperty());
        versions.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DelegationScheme s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : vm.describe(s));
            }
        });
        versions.setButtonCell(versions.getCellFactory().call(null));
        versions.setPromptText(Messages.get("delegation.version.none"));
        versions.setPrefWidth(520);
        Button print = new Button(Messages.get("delegation.print"), new FontIcon(Material2OutlinedMZ.PICTURE_AS_PDF));
        print.disableProperty().bind(vm.versionProperty().isNull());
        print.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("delegation.print"));
            chooser.setInitialFileName(Messages.get("delegation.print.fileName") + ".pdf");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("delegation.print.filter"), "*.pdf"));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                vm.printTo(file.toPath());
            }
        });
        Label versionLabel = new Label(Messages.get("delegation.version.label"));
        HBox current = new HBox(8, versionLabel, versions, print);
        current.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        DatePicker adopted = new DatePicker();
        adopted.setPromptText(Messages.get("delegation.adopt.adoptedOn"));
        TextField paragraph = new TextField();
        paragraph.setPromptText(Messages.get("delegation.adopt.paragraph"));
        paragraph.setPrefColumnCount(5);
        DatePicker validFrom = new DatePicker();
        validFrom.setPromptText(Messages.get("delegation.adopt.validFrom"));
        Button adopt = new Button(Messages.get("delegation.adopt"), new FontIcon(Material2OutlinedMZ.POST_ADD));
        adopt.setOnAction(e -> vm.adopt(adopted.getValue(), paragraph.getText(), validFrom.getValue()));
        HBox newVersion = new HBox(8, new Label(Messages.get("delegation.adopt.label")), adopted, paragraph, validFrom, adopt);
        newVersion.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox bar = new VBox(8, current, newVersion);
        bar.setStyle("-fx-padding: 0 0 10 0;");
        return bar;
    }

    private VBox rules() {
        table.getStyleClass().add("delegation-table");
        table.setItems(vm.rules());
        // Ersättare, lagrum and vidaredelegering show in the form when a rule is chosen: nine columns beside
        // the form truncated every one of them.
        table.getColumns().addAll(Arrays.asList(
                Tables.text(Messages.get("delegation.col.code"), RuleRow::code, 62),
                Tables.flags(Messages.get("delegation.col.flag"), RuleRow::explanation),
                Tables.text(Messages.get("delegation.col.matterKind"), RuleRow::matterKind, 260),
                Tables.text(Messages.get("delegation.col.delegate"), RuleRow::delegate, 130),
                Tables.text(Messages.get("delegation.col.limits"), RuleRow::limits, 120),
                Tables.text(Messages.get("delegation.col.reported"), RuleRow::reported, 78)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.markRows(table, "delegation-flagged", RuleRow::flagged);
        table.setPlaceholder(new Label(Messages.get("delegation.rules.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.edit(now));
        Label explanation = new Label();
        explanation.getStyleClass().add("delegation-explanation");
        explanation.textProperty().bind(Bindings.createStringBinding(() -> {
            RuleRow row = table.getSelectionModel().getSelectedItem();
            return row == null || !row.flagged() ? "" : row.explanation();
        }, table.getSelectionModel().selectedItemProperty()));
        explanation.managedProperty().bind(explanation.textProperty().isNotEmpty());
        VBox box = new VBox(8, table, explanation);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private VBox form() {
        TextField code = FormGrid.bound(new TextField(), vm.codeProperty());
        code.setPromptText("3.2");
        TextArea matterKind = new TextArea();
        matterKind.textProperty().bindBidirectional(vm.matterKindProperty());
        matterKind.setPrefRowCount(3);
        matterKind.setMinHeight(72);
        matterKind.setWrapText(true);
        Label liveFlag = new Label();
        liveFlag.getStyleClass().add("delegation-explanation");
        liveFlag.textProperty().bind(vm.liveFlagProperty());
        liveFlag.managedProperty().bind(liveFlag.textProperty().isNotEmpty());
        liveFlag.setWrapText(true);
        liveFlag.setMaxWidth(340);
        liveFlag.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        liveFlag.setGraphic(new FontIcon(Material2OutlinedMZ.REPORT_PROBLEM));
        liveFlag.graphicProperty().get().visibleProperty().bind(liveFlag.textProperty().isNotEmpty());
        ChoiceBox<DelegateKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(DelegateKind.values()));
        kind.setConverter(converter(k -> k == null ? "" : k.swedishName()));
        kind.valueProperty().bindBidirectional(vm.delegateKindProperty());
        TextField delegate = FormGrid.bound(new TextField(), vm.delegateNameProperty());
        delegate.setPromptText(Messages.get("delegation.form.delegatePrompt"));
        TextField substitute = FormGrid.bound(new TextField(), vm.substituteProperty());
        TextField amount = FormGrid.bound(new TextField(), vm.amountProperty());
        amount.setPromptText(Messages.get("delegation.form.amountPrompt"));
        TextField scope = FormGrid.bound(new TextField(), vm.scopeProperty());
        TextField legal = FormGrid.bound(new TextField(), vm.legalBasisProperty());
        CheckBox further = new CheckBox(Messages.get("delegation.form.further"));
        further.selectedProperty().bindBidirectional(vm.furtherProperty());
        CheckBox report = new CheckBox(Messages.get("delegation.form.mustReport"));
        report.selectedProperty().bindBidirectional(vm.mustReportProperty());
        ComboBox<NonDelegableGround> declared = new ComboBox<>(FXCollections.observableArrayList(NonDelegableGround.values()));
        declared.getItems().add(0, null);
        declared.setConverter(converter(g -> g == null ? Messages.get("delegation.form.notMarked") : g.legalReference()
                + " – " + g.explanation()));
        declared.valueProperty().bindBidirectional(vm.declaredProperty());
        declared.setMaxWidth(Double.MAX_VALUE);

        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(code, false, Validator.createRegexValidator(Messages.get("delegation.form.codeInvalid"),
                "\\d{1,3}(\\.\\d{1,3}){0,3}[a-zåäö]?", org.controlsfx.validation.Severity.ERROR));
        validation.registerValidator(matterKind, false, Validator.createEmptyValidator(Messages.get("delegation.form.matterMissing")));
        validation.registerValidator(amount, false, Validator.<String>createPredicateValidator(
                s -> s == null || s.isBlank() || s.replaceAll("[\\s\u00a0]|kr", "").matches("\\d{1,12}"),
                Messages.get("delegation.form.amountInvalid")));

        Button newRule = new Button(Messages.get("delegation.form.new"));
        newRule.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.newRule();
        });
        Button save = new Button(Messages.get("delegation.form.save"), new FontIcon(Material2OutlinedMZ.SAVE));
        save.setDefaultButton(true);
        save.disableProperty().bind(validation.invalidProperty().or(vm.versionProperty().isNull()));
        save.setOnAction(e -> vm.saveRule());
        Button remove = new Button(Messages.get("delegation.form.remove"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeRule(table.getSelectionModel().getSelectedItem()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label message = new Label();
        message.getStyleClass().add("delegation-message");
        message.textProperty().bind(vm.messageProperty());

        Label title = new Label(Messages.get("delegation.form.ruleTitle"));
        title.getStyleClass().add("title-4");
        FormGrid grid = new FormGrid()
                .field(Messages.get("delegation.col.code"), code)
                .field(Messages.get("delegation.col.matterKind"), matterKind)
                .wide(liveFlag)
                .field(Messages.get("delegation.form.delegateKind"), kind)
                .field(Messages.get("delegation.col.delegate"), delegate)
                .field(Messages.get("delegation.col.substitute"), substitute)
                .field(Messages.get("delegation.form.amount"), amount)
                .field(Messages.get("delegation.form.scope"), scope)
                .field(Messages.get("delegation.col.legalBasis"), legal)
                .wide(further)
                .wide(report)
                .field(Messages.get("delegation.form.declared"), declared);
        VBox form = new VBox(10, title, grid, new HBox(8, newRule, gap, remove, save), message);
        form.getStyleClass().add("delegation-form");
        return form;
    }


    static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }
}
