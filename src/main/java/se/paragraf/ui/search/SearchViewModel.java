package se.paragraf.ui.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.paragraf.application.document.RenderMinutes;
import se.paragraf.application.search.ExportFormat;
import se.paragraf.application.search.ExportSearchResults;
import se.paragraf.application.search.ParagraphKind;
import se.paragraf.application.search.SearchHit;
import se.paragraf.application.search.SearchParagraphs;
import se.paragraf.application.search.SearchQuery;
import se.paragraf.application.search.SearchResults;
import se.paragraf.application.search.SearchSort;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.ui.Messages;
import se.paragraf.ui.preview.MinutesPreviewViewModel;
import se.paragraf.ui.task.BackgroundTask;
import se.paragraf.ui.task.TaskExecutor;

/**
 * Ärenden och sök: one field for words or a diarienummer, filters, and the answer. Every search
 * runs in the background and may overlap the previous one; only the newest query's answer is
 * shown. Choosing a filter searches at once; for what is typed (the words and the years) the view
 * calls {@link #search()} after a short pause, so that "202" on the way to "2024" is no error.
 */
public final class SearchViewModel {
    /** Export takes every hit, not only the page shown; SearchQuery's own ceiling. */
    private static final int EXPORT_LIMIT = 10_000;

    private final SearchParagraphs searchParagraphs;
    private final ExportSearchResults exportSearchResults;
    private final RenderMinutes renderMinutes;
    private final TaskExecutor executor;

    private final StringProperty text = new SimpleStringProperty("");
    private final Choice<BoardId> allBoards = new Choice<>(null, Messages.get("search.board.all"));
    private final ObservableList<Choice<BoardId>> boardChoices = FXCollections.observableArrayList(List.of(allBoards));
    private final ObjectProperty<Choice<BoardId>> board = new SimpleObjectProperty<>(allBoards);
    private final StringProperty fromYear = new SimpleStringProperty("");
    private final StringProperty toYear = new SimpleStringProperty("");
    private final List<Choice<ParagraphKind>> kindChoices = allKinds();
    private final ObjectProperty<Choice<ParagraphKind>> kind = new SimpleObjectProperty<>(kindChoices.get(0));
    private final BooleanProperty onlyAdjusted = new SimpleBooleanProperty(false);
    private final List<Choice<SearchSort>> sortChoices = List.of(
            new Choice<>(SearchSort.RELEVANCE, Messages.get("search.sort.relevance")),
            new Choice<>(SearchSort.DATE, Messages.get("search.sort.date")));
    private final ObjectProperty<Choice<SearchSort>> sort = new SimpleObjectProperty<>(sortChoices.get(0));

    private final ObservableList<SearchResultItem> results = FXCollections.observableArrayList();
    private final ObservableList<SearchResultItem> readOnlyResults = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyBooleanWrapper timeline = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(Messages.get("search.idle"));
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper("");
    private Consumer<ParagraphId> opener = paragraph -> { };
    private SearchQuery shownQuery;
    private String shownText = "";
    private long searches;

    public SearchViewModel(SearchParagraphs searchParagraphs, ExportSearchResults exportSearchResults,
                           RenderMinutes renderMinutes, TaskExecutor executor) {
        this.searchParagraphs = searchParagraphs;
        this.exportSearchResults = exportSearchResults;
        this.renderMinutes = renderMinutes;
        this.executor = executor;
        board.addListener((observable, previous, now) -> search());
        kind.addListener((observable, previous, now) -> search());
        onlyAdjusted.addListener((observable, previous, now) -> search());
        sort.addListener((observable, previous, now) -> search());
    }

    /** Reads the boards the board filter offers. */
    public void loadBoards() {
        BackgroundTask.wrap(Messages.get("search.task.boards"), searchParagraphs::boards)
                .onSuccess(boards -> {
                    Choice<BoardId> selected = board.get();
                    List<Choice<BoardId>> choices = new ArrayList<>(List.of(allBoards));
                    boards.forEach(b -> choices.add(new Choice<>(b.id(), b.name())));
                    boardChoices.setAll(choices);
                    board.set(choices.stream().filter(c -> Objects.equals(c.value(), selected.value()))
                            .findFirst().orElse(allBoards));
                })
                .executeWith(executor);
    }

    /** Searches for what the field holds now; an empty field shows the hint instead. */
    public void search() {
        long generation = ++searches;
        String typed = text.get() == null ? "" : text.get().strip();
        if (typed.isEmpty()) {
            show(generation, null, null);
            shownText = "";
            placeholder.set(Messages.get("search.idle"));
            return;
        }
        searching.set(true);
        BackgroundTask.wrap(Messages.get("search.task.search"), () -> {
                    SearchQuery query = query(typed);
                    return new Answer(query, searchParagraphs.search(query));
                })
                .onSuccess(answer -> {
                    if (generation == searches) {
                        shownText = typed;
                    }
                    show(generation, answer.query(), answer.results());
                })
                .onFailure(failure -> {
                    if (generation == searches) {
                        show(generation, null, null);
                        failed.set(true);
                        placeholder.set(failure instanceof DomainException ? failure.getMessage()
                                : Messages.get("search.failed", failure.getMessage()));
                    }
                })
                .executeWith(executor);
    }

    /** Built in the background: a reversed year range is refused by the query with a Swedish message. */
    private SearchQuery query(String typed) {
        return SearchQuery.asTyped(typed)
                .inBoards(board.get().value() == null ? Set.of() : Set.of(board.get().value()))
                .years(year(fromYear.get()), year(toYear.get()))
                .ofKinds(kind.get().value() == null ? Set.of() : Set.of(kind.get().value()))
                .adjusted(onlyAdjusted.get() ? Boolean.TRUE : null)
                .sortedBy(sort.get().value());
    }

    private static Integer year(String value) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("\\d{4}")) {
            throw new DomainException(Messages.get("search.badYear", t));
        }
        return Integer.valueOf(t);
    }

    private void show(long generation, SearchQuery query, SearchResults answer) {
        if (generation != searches) {
            return;
        }
        searching.set(false);
        failed.set(false);
        shownQuery = query;
        if (answer == null) {
            results.clear();
            timeline.set(false);
            summary.set("");
            return;
        }
        answer.caseTimeline().ifPresentOrElse(caseTimeline -> {
            timeline.set(true);
            results.setAll(caseTimeline.entries().stream().map(SearchResultItem::of).toList());
            String caseNumber = caseTimeline.caseNumber().compact();
            int count = caseTimeline.entries().size();
            summary.set(count == 1 ? Messages.get("search.timeline.one", caseNumber)
                    : Messages.get("search.timeline.many", caseNumber, count));
            placeholder.set(Messages.get("search.timeline.empty", caseNumber));
        }, () -> {
            timeline.set(false);
            results.setAll(answer.hits().stream().map(SearchResultItem::of).toList());
            summary.set(hitCount(answer.totalHits(), answer.hits().size()));
            placeholder.set(Messages.get("search.noHits", shownText));
        });
    }

    private static String hitCount(long total, int shown) {
        if (total == 0) {
            return "";
        }
        if (total == 1) {
            return Messages.get("search.count.one");
        }
        return shown < total ? Messages.get("search.count.first", shown, total) : Messages.get("search.count.many", total);
    }

    /** True when the results on show answer what the field holds now, not an earlier keystroke. */
    public boolean isCurrent() {
        String typed = text.get() == null ? "" : text.get().strip();
        return !searching.get() && typed.equals(shownText);
    }

    /** Opens the hit's paragraph in its meeting. */
    public void open(SearchResultItem item) {
        if (item != null) {
            opener.accept(item.paragraph());
        }
    }

    /**
     * The protokollsutdrag of the hit's § alone, as expediering sends it (certified by the meeting's
     * secretary once justerat, marked as not justerat before), rendering in the background.
     */
    public ExtractPreview extract(SearchResultItem item) {
        MinutesPreviewViewModel preview = new MinutesPreviewViewModel(renderMinutes, executor);
        preview.showExtract(item.meeting(), List.of(item.paragraph()));
        return new ExtractPreview(Messages.get("search.extract.window", item.number(), item.board(), item.date()),
                preview);
    }

    /** Who opens a paragraph: the main window, which shows it under Sammanträden. */
    public void onOpen(Consumer<ParagraphId> paragraphOpener) {
        this.opener = Objects.requireNonNull(paragraphOpener);
    }

    /**
     * Writes every hit of the shown query (not only the first page) to a CSV or PDF file, in the
     * background. A failure is told beside the button, in the exporter's Swedish words.
     */
    public void export(ExportFormat format, Path file) {
        SearchQuery query = shownQuery;
        if (query == null) {
            return;
        }
        String asked = shownText;
        exportStatus.set("");
        BackgroundTask.wrap(Messages.get("search.task.export"), () -> {
                    SearchQuery all = query.limitedTo(EXPORT_LIMIT);
                    SearchResults answer = searchParagraphs.search(all);
                    exportSearchResults.export(asked, all, answer, format, file);
                    return answer.hits().size();
                })
                .onSuccess(count -> exportStatus.set(Messages.get("search.exported", count, file.getFileName())))
                .onFailure(failure -> exportStatus.set(failure instanceof DomainException ? failure.getMessage()
                        : Messages.get("search.exportFailed", file.getFileName())))
                .executeWith(executor);
    }

    /** The file name the save dialog suggests: the query in letters and digits. */
    public String suggestedFileName(ExportFormat format) {
        String base = text.get() == null ? "" : text.get().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return (base.isEmpty() ? Messages.get("search.export.defaultName") : base) + "." + format.extension();
    }

    private static List<Choice<ParagraphKind>> allKinds() {
        List<Choice<ParagraphKind>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, Messages.get("search.kind.all")));
        for (ParagraphKind k : ParagraphKind.values()) {
            choices.add(new Choice<>(k, k.swedishName()));
        }
        return List.copyOf(choices);
    }

    private record Answer(SearchQuery query, SearchResults results) {
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<Choice<BoardId>> boardChoices() {
        return boardChoices;
    }

    public ObjectProperty<Choice<BoardId>> boardProperty() {
        return board;
    }

    public StringProperty fromYearProperty() {
        return fromYear;
    }

    public StringProperty toYearProperty() {
        return toYear;
    }

    public List<Choice<ParagraphKind>> kindChoices() {
        return kindChoices;
    }

    public ObjectProperty<Choice<ParagraphKind>> kindProperty() {
        return kind;
    }

    public BooleanProperty onlyAdjustedProperty() {
        return onlyAdjusted;
    }

    public List<Choice<SearchSort>> sortChoices() {
        return sortChoices;
    }

    public ObjectProperty<Choice<SearchSort>> sortProperty() {
        return sort;
    }

    public ObservableList<SearchResultItem> results() {
        return readOnlyResults;
    }

    /** True when the field held a diarienummer and the results are that case's timeline. */
    public ReadOnlyBooleanProperty timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** True when the newest search failed; the placeholder then says why. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** The count line: "45 träffar", or the case and its number of paragraphs. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the list shows while it is empty: the hint, no hits, or why the search failed. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }
}
