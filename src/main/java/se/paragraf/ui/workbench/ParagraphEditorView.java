package se.paragraf.ui.workbench;

import se.paragraf.ui.Nodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.minutes.Finding;
import se.paragraf.domain.minutes.FindingField;
import se.paragraf.domain.minutes.Severity;
import se.paragraf.domain.paragraph.Attachment;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.Preparation;
import se.paragraf.domain.paragraph.Recipient;
import se.paragraf.domain.phrase.Phrase;
import se.paragraf.domain.phrase.PhraseKind;
import se.paragraf.ui.Messages;

/**
 * The § editor: every part of a § as in the seed protocol, top to bottom in the protocol's
 * order, so Tab walks through it. The form is built anew when the § changes shape (opened, a
 * row added or removed, undo); typing only updates the view model, so the caret stays put.
 */
public final class ParagraphEditorView extends StackPane {
    static final List<String> STANDARD_SECTIONS = List.of("Ärendebeskrivning", "Bakgrund", "Förvaltningens bedömning",
            "Förslag till beslut", "Yrkanden", "Beslutsgång");

    private final ParagraphEditorViewModel viewModel;
    private final AttachmentEdits attachments;
    private final EditorForm form = new EditorForm();
    private final VBox page = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(page);
    private final Label placeholder = new Label();
    private final javafx.scene.layout.HBox refusedBanner = new javafx.scene.layout.HBox(8);
    private final VBox findingsBox = new VBox(4);
    private final Map<Integer, Label> previews = new HashMap<>();
    private final ProceedingsForm proceedings;
    private String focusAfterBuild;
    private se.paragraf.domain.paragraph.ParagraphId builtFor;

    public ParagraphEditorView(ParagraphEditorViewModel viewModel, AttachmentEdits attachments) {
        this.viewModel = viewModel;
        this.attachments = attachments;
        this.proceedings = new ProceedingsForm(viewModel, form, this::focusAfterBuild);
        getStyleClass().add("paragraph-editor");
        page.getStyleClass().add("editor-page");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("editor-scroll");
        placeholder.getStyleClass().add("text-muted");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(420);
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        findingsBox.setId("editor-findings");
        findingsBox.getStyleClass().add("editor-findings");
        getChildren().addAll(scroll, placeholder);
        Label refused = new Label();
        refused.setId("editor-save-refused");
        refused.setWrapText(true);
        refused.textProperty().bind(viewModel.saveRefusedProperty());
        javafx.scene.control.Button reload = new javafx.scene.control.Button(Messages.get("editor.reloadAfterRefusal"));
        reload.setId("editor-reload-after-refusal");
        reload.setOnAction(e -> viewModel.reloadFromArchive());
        refusedBanner.getChildren().addAll(refused, reload);
        refusedBanner.getStyleClass().add("read-only-banner");
        refusedBanner.visibleProperty().bind(viewModel.saveRefusedProperty().isNotEmpty());
        refusedBanner.managedProperty().bind(refusedBanner.visibleProperty());
        viewModel.shownProperty().addListener((o, before, paragraph) -> build(paragraph));
        viewModel.readOnlyProperty().addListener((o, before, readOnly) -> build(viewModel.shownProperty().get()));
        viewModel.inputErrors().addListener((MapChangeListener<String, String>) change -> mark());
        viewModel.findings().addListener((ListChangeListener<Finding>) change -> mark());
        viewModel.typedProperty().addListener((o, before, paragraph) -> preview(paragraph));
        // A ScrollPane does not follow the keyboard: Tab into a field below the fold would leave
        // the secretary typing blind, so the field is scrolled into view when it gets the focus.
        sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, was, node) -> scrollTo(node));
            }
        });
        build(viewModel.shownProperty().get());
    }

    private void scrollTo(Node node) {
        if (node == null || !isInPage(node)) {
            return;
        }
        javafx.geometry.Bounds bounds = page.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double content = page.getHeight();
        if (content <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (content - viewport);
        double margin = 24;
        if (bounds.getMinY() - margin < top) {
            scroll.setVvalue(Math.max(0, (bounds.getMinY() - margin) / (content - viewport)));
        } else if (bounds.getMaxY() + margin > top + viewport) {
            scroll.setVvalue(Math.min(1, (bounds.getMaxY() + margin - viewport) / (content - viewport)));
        }
    }

    private boolean isInPage(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == page) {
                return true;
            }
        }
        return false;
    }

    private void build(Paragraph paragraph) {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        String focused = form.keyOf(owner);
        boolean focusWasHere = owner != null && isInPage(owner);
        boolean visible = paragraph != null;
        scroll.setVisible(visible);
        placeholder.setVisible(!visible);
        form.reset();
        previews.clear();
        if (!visible) {
            page.getChildren().clear();
            return;
        }
        form.building(true);
        List<Node> parts = new ArrayList<>();
        if (viewModel.readOnlyProperty().get()) {
            Label banner = new Label(viewModel.readOnlyReasonProperty().get(), new FontIcon(Material2OutlinedAL.LOCK));
            banner.setId("editor-read-only");
            banner.getStyleClass().add("read-only-banner");
            banner.setWrapText(true);
            parts.add(banner);
        }
        parts.add(refusedBanner);
        parts.add(findingsBox);
        parts.add(header(paragraph));
        parts.add(motivation(paragraph));
        parts.add(decision(paragraph));
        parts.add(proceedings.build(paragraph));
        parts.add(distribution(paragraph));
        if (viewModel.readOnlyProperty().get()) {
            parts.stream().filter(n -> n != findingsBox && n != refusedBanner
                            && !n.getStyleClass().contains("read-only-banner"))
                    .forEach(n -> n.setDisable(true));
        }
        page.getChildren().setAll(parts);
        if (!paragraph.id().equals(builtFor)) {
            // Another § starts at its top, not where the last one was scrolled to.
            scroll.setVvalue(0);
            builtFor = paragraph.id();
        }
        form.building(false);
        mark();
        String target = focusAfterBuild != null ? focusAfterBuild : focused;
        focusAfterBuild = null;
        if (target != null) {
            Platform.runLater(() -> focus(target));
        } else if (focusWasHere) {
            // The button clicked is gone with the old form; the keyboard stays in the editor, so
            // its shortcuts keep working.
            Platform.runLater(scroll::requestFocus);
        }
    }

    private void focusAfterBuild(String key) {
        focusAfterBuild = key;
    }

    private void focus(String key) {
        Control field = form.field(key);
        if (field != null) {
            field.requestFocus();
            if (field instanceof TextInputControl text && ParagraphEdits.NEW_TEXT.equals(text.getText())) {
                text.selectAll();
            }
        }
    }

    /** Puts the keyboard in the §'s title. */
    public void focusTitle() {
        focus("title");
    }

    private Node header(Paragraph p) {
        Label number = form.heading("number", "§ " + p.number());
        number.getStyleClass().setAll("label", "title-2", "editor-number");
        TextField title = form.text("title", p.title(), Messages.get("editor.title.prompt"), viewModel.edits()::title);
        title.getStyleClass().add("editor-title");
        TextField cases = form.text("caseNumbers", p.caseNumbers().stream().map(CaseNumber::compact)
                .collect(Collectors.joining(", ")), Messages.get("editor.caseNumbers.prompt"), viewModel.edits()::caseNumbers);
        TextField responsible = form.text("responsible", p.responsibleOfficial(), Messages.get("editor.responsible.prompt"),
                viewModel.edits()::responsible);
        TextField officer = form.text("officer", p.caseOfficer(), Messages.get("editor.officer.prompt"),
                viewModel.edits()::officer);
        return EditorForm.card(EditorForm.row(number, title), labelled(Messages.get("editor.caseNumbers"), cases),
                EditorForm.row(labelled(Messages.get("editor.responsible"), responsible), labelled(Messages.get("editor.officer"), officer)));
    }

    private static VBox labelled(String text, Control field) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setLabelFor(field);
        VBox box = new VBox(2, label, field);
        javafx.scene.layout.HBox.setHgrow(box, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private Node motivation(Paragraph p) {
        MenuButton add = new MenuButton(Messages.get("editor.addSection"), new FontIcon(Material2OutlinedAL.ADD));
        add.getStyleClass().addAll("small", "flat");
        add.setId("editor-add-section");
        for (String heading : STANDARD_SECTIONS) {
            MenuItem item = new MenuItem(heading);
            item.setOnAction(e -> addSection(heading));
            add.getItems().add(item);
        }
        MenuItem other = new MenuItem(Messages.get("editor.otherSection"));
        other.setOnAction(e -> addSection(Messages.get("editor.newSection")));
        add.getItems().add(other);
        VBox card = EditorForm.card(EditorForm.headed(form.heading("sections", Messages.get("editor.motivation")), add));
        for (int i = 0; i < p.sections().size(); i++) {
            int index = i;
            MotivationSection section = p.sections().get(i);
            TextField heading = form.text("section." + i + ".heading", section.heading(), null,
                    text -> viewModel.edits().sectionHeading(index, text));
            heading.getStyleClass().add("section-heading");
            card.getChildren().addAll(EditorForm.row(heading, EditorForm.remove(() -> viewModel.edits().removeSection(index))),
                    form.area("section." + i + ".text", section.text(), Messages.get("editor.sectionText.prompt"), 6,
                            text -> viewModel.edits().sectionText(index, text)));
        }
        return card;
    }

    private void addSection(String heading) {
        focusAfterBuild("section." + viewModel.paragraph().sections().size() + ".text");
        viewModel.edits().addSection(heading);
    }

    private Node decision(Paragraph p) {
        MenuButton add = new MenuButton(Messages.get("editor.addBlock"), new FontIcon(Material2OutlinedAL.ADD));
        add.getStyleClass().addAll("small", "flat");
        add.setId("editor-add-block");
        formulaItems().forEach(add.getItems()::add);
        Button clause = EditorForm.add(Messages.get("editor.addClause"), WorkbenchShortcut.ADD_CLAUSE, this::addClause);
        clause.setId("editor-add-clause");
        VBox card = EditorForm.card(EditorForm.headed(form.heading("decision", Messages.get("editor.decision")), add, clause));
        List<DecisionBlock> blocks = p.decision().blocks();
        for (int b = 0; b < blocks.size(); b++) {
            int block = b;
            DecisionBlock decisionBlock = blocks.get(b);
            TextField formula = form.text("block." + b + ".formula", decisionBlock.formula(), null,
                    text -> viewModel.edits().formula(block, text));
            formula.getStyleClass().add("formula");
            card.getChildren().add(EditorForm.row(formula, EditorForm.remove(() -> viewModel.edits().removeBlock(block))));
            for (int c = 0; c < decisionBlock.clauses().size(); c++) {
                int index = c;
                Label att = new Label("att");
                att.getStyleClass().add("clause-att");
                att.setMinWidth(Region.USE_PREF_SIZE);
                TextArea text = form.area(ParagraphEdits.clauseKey(b, c), decisionBlock.clauses().get(c).text(),
                        Messages.get("editor.clause.prompt"), 1, typed -> viewModel.edits().clause(block, index, typed));
                // A long att-sats wraps instead of scrolling out of sight; it grows a line when needed.
                text.setPrefRowCount(decisionBlock.clauses().get(c).text().length() > 70 ? 2 : 1);
                text.getStyleClass().add("clause-field");
                text.addEventFilter(KeyEvent.KEY_PRESSED, event -> onClauseKey(event, text, block, index));
                card.getChildren().add(EditorForm.row(att, text,
                        EditorForm.icon(Material2OutlinedAL.ARROW_UPWARD, Messages.get("editor.clauseUp"),
                                () -> moveClause(block, index, index - 1)),
                        EditorForm.icon(Material2OutlinedAL.ARROW_DOWNWARD, Messages.get("editor.clauseDown"),
                                () -> moveClause(block, index, index + 1)),
                        EditorForm.remove(() -> viewModel.edits().removeClause(block, index))));
            }
            Label preview = new Label();
            preview.getStyleClass().add("decision-preview");
            preview.setWrapText(true);
            preview.setId("decision-preview-" + b);
            previews.put(b, preview);
            card.getChildren().add(preview);
        }
        if (blocks.isEmpty()) {
            Label none = new Label(Messages.get("editor.noDecision"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            card.getChildren().add(none);
        }
        preview(p);
        return card;
    }

    private List<MenuItem> formulaItems() {
        List<MenuItem> items = new ArrayList<>();
        WorkbenchContext context = viewModel.context();
        if (context == null) {
            return items;
        }
        Board board = context.draft().board();
        for (Phrase phrase : context.phrases().complete(PhraseKind.FORMULA, "")) {
            List<Board> committees = phrase.formula().needsCommittee() ? context.committees() : java.util.Collections.singletonList(null);
            for (Board committee : committees) {
                MenuItem item = new MenuItem(phrase.formula().render(board, committee) + "   (" + phrase.abbreviation() + ")");
                item.setOnAction(e -> {
                    focusAfterBuild(ParagraphEdits.clauseKey(viewModel.paragraph().decision().blocks().size(), 0));
                    viewModel.edits().addBlock(phrase, committee);
                    viewModel.edits().addClause(viewModel.paragraph().decision().blocks().size() - 1, null);
                });
                items.add(item);
            }
        }
        return items;
    }

    /** Ctrl+Enter adds the next att-sats; Ctrl+Space offers the board's phrases; Alt+↑/↓ moves the att-sats. */
    private void onClauseKey(KeyEvent event, TextArea field, int block, int index) {
        if (WorkbenchShortcut.INSERT_PHRASE.matches(event)) {
            event.consume();
            phraseMenu(field, block, index);
        } else if (WorkbenchShortcut.AGENDA_MOVE_UP.matches(event)) {
            event.consume();
            moveClause(block, index, index - 1);
        } else if (WorkbenchShortcut.AGENDA_MOVE_DOWN.matches(event)) {
            event.consume();
            moveClause(block, index, index + 1);
        } else if (WorkbenchShortcut.ADD_CLAUSE.matches(event) || isPlainEnter(event)) {
            // An att-sats is one line of meaning: Enter goes on to the next one, as Ctrl+Enter does.
            event.consume();
            focusAfterBuild(ParagraphEdits.clauseKey(block, index + 1));
            viewModel.edits().addClause(block, null);
        }
    }

    private static boolean isPlainEnter(KeyEvent event) {
        return event.getCode() == javafx.scene.input.KeyCode.ENTER && !event.isShiftDown() && !event.isControlDown()
                && !event.isAltDown() && !event.isMetaDown();
    }

    private void moveClause(int block, int from, int to) {
        int size = viewModel.paragraph().decision().blocks().get(block).clauses().size();
        if (to >= 0 && to < size) {
            focusAfterBuild(ParagraphEdits.clauseKey(block, to));
            viewModel.edits().moveClause(block, from, to);
        }
    }

    /** The phrases whose abbreviation or text begins as typed; a typed abbreviation alone is replaced at once. */
    private void phraseMenu(TextInputControl field, int block, int index) {
        WorkbenchContext context = viewModel.context();
        String typed = field.getText().equals(ParagraphEdits.NEW_TEXT) ? "" : field.getText();
        List<Phrase> matches = context.phrases().complete(PhraseKind.CLAUSE, typed);
        if (matches.isEmpty()) {
            matches = context.phrases().complete(PhraseKind.CLAUSE, "");
        }
        if (matches.size() == 1 || context.phrases().find(typed).filter(p -> p.kind() == PhraseKind.CLAUSE).isPresent()) {
            Phrase phrase = context.phrases().find(typed).filter(p -> p.kind() == PhraseKind.CLAUSE).orElse(matches.get(0));
            field.setText(phrase.text());
            field.positionCaret(field.getText().length());
            return;
        }
        ContextMenu menu = new ContextMenu();
        menu.setId("phrase-menu");
        for (Phrase phrase : matches) {
            MenuItem item = new MenuItem(phrase.text() + "   (" + phrase.abbreviation() + ")");
            item.setOnAction(e -> {
                field.setText(phrase.text());
                field.requestFocus();
                field.positionCaret(field.getText().length());
            });
            menu.getItems().add(item);
        }
        menu.show(field, Side.BOTTOM, 0, 0);
    }

    private void preview(Paragraph paragraph) {
        if (paragraph == null) {
            return;
        }
        List<DecisionBlock> blocks = paragraph.decision().blocks();
        previews.forEach((index, label) -> label.setText(index < blocks.size() ? blocks.get(index).render() : ""));
    }

    private Node distribution(Paragraph p) {
        VBox card = EditorForm.card();
        Button preparation = EditorForm.add(Messages.get("editor.addPreparation"), null,
                () -> viewModel.edits().addPreparation());
        card.getChildren().add(EditorForm.headed(form.heading("preparations", Messages.get("editor.preparations")), preparation));
        for (int i = 0; i < p.preparations().size(); i++) {
            card.getChildren().add(preparationRow(i, p.preparations().get(i)));
        }
        Button attach = EditorForm.add(Messages.get("editor.attach"), WorkbenchShortcut.ATTACH_FILE, this::chooseFile);
        attach.setId("editor-attach");
        card.getChildren().add(EditorForm.headed(form.heading("attachments", Messages.get("editor.attachments")), attach));
        for (int i = 0; i < p.attachments().size(); i++) {
            int index = i;
            Attachment a = p.attachments().get(i);
            Label label = new Label((a.label() == null ? "" : Messages.get("editor.attachmentLabel", a.label()) + "  ")
                    + a.title() + a.storedFile().map(f -> "  (" + f.fileName() + ")").orElse(""),
                    new FontIcon(Material2OutlinedAL.ATTACH_FILE));
            label.setWrapText(true);
            card.getChildren().add(EditorForm.row(label, new javafx.scene.layout.Region(),
                    EditorForm.remove(() -> attachments.remove(index))));
        }
        card.getChildren().add(form.heading("recipients", Messages.get("editor.recipients")));
        card.getChildren().add(form.area("recipients", p.recipients().stream().map(Recipient::name)
                .collect(Collectors.joining("\n")), Messages.get("editor.recipients.prompt"), 2, viewModel.edits()::recipients));
        CheckBox immediate = new CheckBox(Messages.get("editor.immediate"));
        immediate.setId("editor-immediate");
        immediate.setSelected(p.immediateAdjustment());
        immediate.selectedProperty().addListener((o, was, now) -> viewModel.edits().immediateAdjustment(now));
        CheckBox confidential = new CheckBox(Messages.get("editor.confidential"));
        confidential.setId("editor-confidential");
        confidential.setSelected(p.isConfidential());
        TextField osl = form.text("confidential", p.secrecy().map(c -> c.oslReference()).orElse(""),
                Messages.get("editor.osl.prompt"), text -> viewModel.edits().confidential(text));
        osl.disableProperty().bind(confidential.selectedProperty().not());
        confidential.selectedProperty().addListener((o, was, now) -> {
            if (!now) {
                viewModel.edits().confidential(null);
            } else {
                osl.requestFocus();
            }
        });
        card.getChildren().addAll(immediate, EditorForm.row(confidential, osl));
        return card;
    }

    private Node preparationRow(int index, Preparation prep) {
        TextField organ = new TextField(prep.boardName());
        TextField date = new TextField(prep.date().toString());
        TextField number = new TextField(prep.paragraph() == null ? "" : prep.paragraph().toString());
        TextField note = new TextField(prep.note() == null ? "" : prep.note());
        Runnable typed = () -> viewModel.edits().preparation(index, organ.getText(), date.getText(), number.getText(),
                note.getText());
        String key = "preparation." + index;
        form.register(key, organ, Messages.get("editor.preparation.organ"), t -> typed.run());
        form.register(key + ".date", date, Messages.get("editor.preparation.date"), t -> typed.run());
        form.register(key + ".number", number, "§", t -> typed.run());
        form.register(key + ".note", note, Messages.get("editor.preparation.note"), t -> typed.run());
        date.setPrefColumnCount(8);
        number.setPrefColumnCount(3);
        javafx.scene.layout.HBox row = EditorForm.row(organ, date, number, note,
                EditorForm.remove(() -> viewModel.edits().removePreparation(index)));
        javafx.scene.layout.HBox.setHgrow(date, javafx.scene.layout.Priority.NEVER);
        javafx.scene.layout.HBox.setHgrow(number, javafx.scene.layout.Priority.NEVER);
        return row;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("editor.attach.title"));
        java.io.File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            attachments.attach(file.toPath());
        }
    }

    /** The editor's shortcuts for adding parts, from anywhere in the workbench; true when the key was one. */
    boolean handle(KeyEvent event) {
        if (viewModel.paragraph() == null || viewModel.readOnlyProperty().get()) {
            return false;
        }
        if (WorkbenchShortcut.ADD_SECTION.matches(event)) {
            addSection(STANDARD_SECTIONS.get(Math.min(viewModel.paragraph().sections().size(), 2)));
        } else if (WorkbenchShortcut.ADD_BLOCK.matches(event)) {
            List<MenuItem> items = formulaItems();
            if (!items.isEmpty()) {
                items.get(0).fire();
            }
        } else if (WorkbenchShortcut.ADD_CLAUSE.matches(event)) {
            addClause();
        } else if (WorkbenchShortcut.ATTACH_FILE.matches(event)) {
            chooseFile();
        } else {
            return proceedings.onKey(event);
        }
        return true;
    }

    private void addClause() {
        List<DecisionBlock> blocks = viewModel.paragraph().decision().blocks();
        int block = Math.max(0, blocks.size() - 1);
        int next = blocks.isEmpty() ? 0 : blocks.get(block).clauses().size();
        focusAfterBuild(ParagraphEdits.clauseKey(block, next));
        viewModel.edits().addClause(block, null);
    }

    /** Input errors on their fields; findings on the part they concern and in the list at the top. */
    private void mark() {
        Map<String, String> marks = new HashMap<>(viewModel.inputErrors());
        String typedCases = marks.remove("caseNumbers.typed");
        if (typedCases != null) {
            marks.put("caseNumbers", typedCases);
        }
        for (Finding finding : viewModel.findings()) {
            marks.merge(fieldKey(finding.field()), finding.message(), (a, b) -> a + "\n" + b);
        }
        form.mark(marks);
        findingsBox.getChildren().setAll(viewModel.findings().stream().map(ParagraphEditorView::findingLabel).toList());
        Nodes.show(findingsBox, !viewModel.findings().isEmpty());
    }

    private static Label findingLabel(Finding finding) {
        Label label = new Label(finding.message(), new FontIcon(finding.severity() == Severity.ERROR
                ? Material2OutlinedMZ.REPORT_PROBLEM : Material2OutlinedAL.INFO));
        label.getStyleClass().add(finding.severity() == Severity.ERROR ? "finding-error" : "finding-warning");
        label.setWrapText(true);
        return label;
    }

    private static String fieldKey(FindingField field) {
        return switch (field) {
            case VOTE -> "votes";
            case DISSENT -> "dissents";
            case MOTION -> "motions";
            case DISQUALIFICATION -> "disqualifications";
            case DECISION -> "decision";
            case CASE_NUMBER -> "caseNumbers";
            case NUMBER, QUORUM, OFFICERS -> "number";
        };
    }
}
