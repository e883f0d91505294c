package se.paragraf.ui.importing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.IndexRange;
import se.paragraf.application.importing.ImportPreview;
import se.paragraf.application.importing.ImportProtocol;
import se.paragraf.application.importing.ImportRecord;
import se.paragraf.application.importing.ImportedProtocol;
import se.paragraf.application.importing.ParagraphPreview;
import se.paragraf.application.importing.ParsedParagraph;
import se.paragraf.application.importing.ParsedProtocol;
import se.paragraf.application.importing.ParsedSource;
import se.paragraf.application.importing.PreviewImport;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.ui.Messages;
import se.paragraf.ui.meeting.ProtocolPage;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/**
 * The import wizard: one file read in the background, its parsed protocol shown beside the source
 * text for the secretary to correct, and saved only when she says so. The corrections live here
 * until the save succeeds, so a refused save (a § clash) loses nothing.
 */
public final class ImportWizardViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd 'kl.' HH:mm");

    private final PreviewImport previewImport;
    private final ImportProtocol importProtocol;
    private final TaskExecutor executor;
    private Consumer<MeetingId> onSaved = meeting -> { };
    private Runnable onCancelled = () -> { };

    private ParsedSource parsed;
    private final List<ParsedParagraph> corrected = new ArrayList<>();
    private final List<List<String>> warningsByParagraph = new ArrayList<>();
    private final List<ProtocolPage> previews = new ArrayList<>();
    private long opens;
    /** True while the editor's fields are being filled from a paragraph, so that filling them is no edit. */
    private boolean filling;

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper alreadyImported = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sourceText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper caseNumberError = new ReadOnlyStringWrapper("");
    private final StringProperty board = new SimpleStringProperty("");
    private final StringProperty meetingDate = new SimpleStringProperty("");
    private final StringProperty minutesCaseNumber = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty caseNumbers = new SimpleStringProperty("");
    private final StringProperty clauses = new SimpleStringProperty("");
    private final StringProperty recipients = new SimpleStringProperty("");
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private final ObservableList<WizardParagraphItem> paragraphs = FXCollections.observableArrayList();
    private final ObservableList<WizardParagraphItem> readOnlyParagraphs = FXCollections.unmodifiableObservableList(paragraphs);
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyWarnings = FXCollections.unmodifiableObservableList(warnings);
    private final ReadOnlyObjectWrapper<ProtocolPage> preview = new ReadOnlyObjectWrapper<>(new ProtocolPage(List.of()));
    private final ObjectProperty<IndexRange> sourceHighlight = new SimpleObjectProperty<>();
    private final BooleanBinding canSave;

    public ImportWizardViewModel(PreviewImport previewImport, ImportProtocol importProtocol, TaskExecutor executor) {
        this.previewImport = previewImport;
        this.importProtocol = importProtocol;
        this.executor = executor;
        canSave = Bindings.createBooleanBinding(
                () -> loaded.get() && !saving.get() && !alreadyImported.get() && dateError.get().isEmpty(),
                loaded, saving, alreadyImported, dateError);
        for (StringProperty field : List.of(number, title, caseNumbers, clauses, recipients)) {
            field.addListener((observable, previous, value) -> paragraphEdited());
        }
        meetingDate.addListener((observable, previous, value) -> dateError.set(dateProblem(value)));
        board.addListener((observable, previous, value) -> {
            if (!filling) {
                refreshAll();
            }
        });
    }

    /** Who shows the saved meeting (the main window), and who closes the wizard without saving. */
    public void onSaved(Consumer<MeetingId> shower) {
        this.onSaved = Objects.requireNonNull(shower);
    }

    public void onCancelled(Runnable closer) {
        this.onCancelled = Objects.requireNonNull(closer);
    }

    /** Reads and parses the file in the background; nothing is saved. Earlier corrections are dropped. */
    public void open(Path file) {
        long generation = ++opens;
        clear();
        fileName.set(file.getFileName().toString());
        loading.set(true);
        BackgroundTask.wrap(Messages.get("import.task.read", file.getFileName().toString()),
                        () -> previewImport.preview(file))
                .onSuccess(result -> {
                    if (generation == opens) {
                        show(result);
                    }
                })
                .onFailure(failure -> {
                    if (generation == opens) {
                        loading.set(false);
                        error.set(Messages.get("import.readFailed", messageOf(failure)));
                    }
                })
                .executeWith(executor);
    }

    private void clear() {
        parsed = null;
        loaded.set(false);
        alreadyImported.set(false);
        corrected.clear();
        warningsByParagraph.clear();
        previews.clear();
        paragraphs.clear();
        notice.set("");
        error.set("");
        summary.set("");
        sourceText.set("");
        selectedIndex.set(-1);
        fillEditor(null);
    }

    private void show(ImportPreview result) {
        parsed = result.parsed();
        ParsedProtocol protocol = parsed.protocol();
        filling = true;
        board.set(Objects.toString(protocol.board(), ""));
        meetingDate.set(protocol.meetingDate() == null ? "" : DAY.format(protocol.meetingDate()));
        minutesCaseNumber.set(Objects.toString(protocol.minutesCaseNumber(), ""));
        filling = false;
        dateError.set(dateProblem(meetingDate.get()));
        sourceText.set(parsed.text());
        corrected.addAll(protocol.paragraphs());
        result.previousImport().ifPresent(previous -> {
            alreadyImported.set(true);
            notice.set(noticeFor(previous));
        });
        loading.set(false);
        loaded.set(true);
        refreshAll();
        select(corrected.isEmpty() ? -1 : 0);
    }

    private static String noticeFor(ImportRecord previous) {
        return Messages.get("import.alreadyImported",
                WHEN.format(previous.importedAt().atZone(ZoneId.systemDefault())), previous.fileName());
    }

    public void select(int index) {
        if (index < -1 || index >= corrected.size()) {
            return;
        }
        selectedIndex.set(index);
        fillEditor(index < 0 ? null : corrected.get(index));
        showDerived(index);
    }

    private void fillEditor(ParsedParagraph p) {
        filling = true;
        try {
            number.set(p == null ? "" : p.number());
            title.set(p == null ? "" : Objects.toString(p.title(), ""));
            caseNumbers.set(p == null ? "" : ParagraphEdits.caseNumbersText(p));
            clauses.set(p == null ? "" : ParagraphEdits.clausesText(p));
            recipients.set(p == null ? "" : ParagraphEdits.recipientsText(p));
        } finally {
            filling = false;
        }
        caseNumberError.set(caseNumberProblem(caseNumbers.get()));
    }

    private void paragraphEdited() {
        int index = selectedIndex.get();
        if (filling || index < 0) {
            return;
        }
        corrected.set(index, ParagraphEdits.apply(corrected.get(index), number.get(), title.get(), caseNumbers.get(),
                clauses.get(), recipients.get()));
        caseNumberError.set(caseNumberProblem(caseNumbers.get()));
        refresh(index);
        updateSummary();
        showDerived(index);
    }

    /** Warnings and preview of every §: the board name feeds a missing decision formula. */
    private void refreshAll() {
        warningsByParagraph.clear();
        previews.clear();
        List<WizardParagraphItem> items = new ArrayList<>();
        for (int i = 0; i < corrected.size(); i++) {
            warningsByParagraph.add(List.of());
            previews.add(new ProtocolPage(List.of()));
            items.add(derive(i));
        }
        paragraphs.setAll(items);
        updateSummary();
        showDerived(selectedIndex.get());
    }

    private void refresh(int index) {
        paragraphs.set(index, derive(index));
    }

    private WizardParagraphItem derive(int index) {
        ParsedParagraph p = corrected.get(index);
        Set<String> all = new LinkedHashSet<>(p.warnings());
        ProtocolPage page;
        try {
            ParagraphPreview converted = ParagraphPreview.of(p, board.get());
            all.addAll(converted.warnings());
            page = ProtocolPage.of(converted.paragraph());
        } catch (DomainException e) {
            all.add(e.getMessage());
            page = new ProtocolPage(List.of());
        }
        warningsByParagraph.set(index, List.copyOf(all));
        previews.set(index, page);
        return new WizardParagraphItem("§ " + p.number(), Objects.toString(p.title(), ""), all.size());
    }

    private void showDerived(int index) {
        if (index < 0 || index >= corrected.size()) {
            warnings.clear();
            preview.set(new ProtocolPage(List.of()));
            sourceHighlight.set(null);
            return;
        }
        warnings.setAll(warningsByParagraph.get(index));
        preview.set(previews.get(index));
        sourceHighlight.set(SourceHeading.find(sourceText.get(), corrected.get(index).number()).orElse(null));
    }

    private void updateSummary() {
        if (parsed == null) {
            summary.set("");
            return;
        }
        int count = parsed.protocol().warnings().size()
                + paragraphs.stream().mapToInt(WizardParagraphItem::warnings).sum();
        summary.set(Messages.get("import.summary", corrected.size(), count));
    }

    /** The protocol as the secretary corrected it, the one {@link #save} saves. */
    public ParsedProtocol correctedProtocol() {
        ParsedProtocol p = parsed.protocol();
        return new ParsedProtocol(p.organization(), board.get().strip(), parseDate(meetingDate.get()).orElse(null),
                p.placeAndTime(), blankToNull(minutesCaseNumber.get()), p.attendance(), p.adjusters(), p.secretary(),
                p.signatories(), corrected, p.warnings());
    }

    /** Saves in the background; on success the wizard hands over the new meeting, on failure it stays as it is. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        ParsedSource toSave = parsed.withProtocol(correctedProtocol());
        saving.set(true);
        error.set("");
        BackgroundTask.wrap(Messages.get("import.task.save", fileName.get()), () -> importProtocol.save(toSave))
                .onSuccess(this::saved)
                .onFailure(failure -> {
                    saving.set(false);
                    error.set(Messages.get("import.saveFailed", messageOf(failure)));
                })
                .executeWith(executor);
    }

    private void saved(ImportedProtocol result) {
        saving.set(false);
        alreadyImported.set(true);
        onSaved.accept(result.meeting());
    }

    public void cancel() {
        ++opens;
        clear();
        onCancelled.run();
    }

    private static String messageOf(Exception failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private static String dateProblem(String text) {
        return parseDate(text).isPresent() ? "" : Messages.get("import.dateInvalid");
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String caseNumberProblem(String text) {
        List<String> invalid = ParagraphEdits.invalidCaseNumbers(text);
        return invalid.isEmpty() ? "" : Messages.get("import.caseNumberInvalid", String.join(", ", invalid));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty alreadyImportedProperty() {
        return alreadyImported.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** "40 paragrafer, 3 varningar". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "Den här filen är redan importerad den …", empty for a new file. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Why reading or saving failed, in Swedish; empty when nothing failed. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty caseNumberErrorProperty() {
        return caseNumberError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceTextProperty() {
        return sourceText.getReadOnlyProperty();
    }

    /** The selected §'s heading line in the source text, or null when the text has none. */
    public ReadOnlyObjectProperty<IndexRange> sourceHighlightProperty() {
        return sourceHighlight;
    }

    public StringProperty boardProperty() {
        return board;
    }

    public StringProperty meetingDateProperty() {
        return meetingDate;
    }

    public StringProperty minutesCaseNumberProperty() {
        return minutesCaseNumber;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty caseNumbersProperty() {
        return caseNumbers;
    }

    /** One att-sats per line, a blank line between decision blocks. */
    public StringProperty clausesProperty() {
        return clauses;
    }

    /** One recipient per line. */
    public StringProperty recipientsProperty() {
        return recipients;
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public ObservableList<WizardParagraphItem> paragraphs() {
        return readOnlyParagraphs;
    }

    /** The selected §'s warnings: the reader's, then those saving it would add. */
    public ObservableList<String> warnings() {
        return readOnlyWarnings;
    }

    /** The selected § as it will read once saved. */
    public ReadOnlyObjectProperty<ProtocolPage> previewProperty() {
        return preview.getReadOnlyProperty();
    }
}
