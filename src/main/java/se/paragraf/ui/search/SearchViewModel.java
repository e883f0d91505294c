package se.paragraf.ui.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import se.paragraf.domain.plan.GoalNode;
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
    private final List<Choice<Boolean>> adjustedChoices = List.of(
            new Choice<>(null, Messages.get("search.adjustedFilter.all")),
            new Choice<>(Boolean.TRUE, Messages.get("search.adjustedFilter.yes")),
            new Choice<>(Boolean.FALSE, Messages.get("search.adjustedFilter.no")));
    private final ObjectProperty<Choice<Boolean>> adjusted = new SimpleObjectProperty<>(adjustedChoices.get(0));
    private final List<Choice<Boolean>> assignmentChoices = List.of(
            new Choice<>(null, Messages.get("search.assignmentsFilter.all")),
            new Choice<>(Boolean.TRUE, Messages.get("search.assignmentsFilter.yes")),
            new Choice<>(Boolean.FALSE, Messages.get("search.assignmentsFilter.no")));
    private final ObjectProperty<Choice<Boolean>> assignments = new SimpleObjectProperty<>(assignmentChoices.get(0));
    private final Choice<String> allGoals = new Choice<>(null, Messages.get("search.goalFilter.all"));
    private final ObservableList<Choice<String>> goalChoices = FXCollections.observableArrayList(List.of(allGoals));
    private final ObjectProperty<Choice<String>> goal = new SimpleObjectProperty<>(allGoals);
    private final List<Choice<SearchSort>> sortChoices = List.of(
            new Choice<>(SearchSort.RELEVANCE, Messages.get("search.sort.relevance")),
            new Choice<>(SearchSort.DATE, Messages.get("search.sort.date")));
    private final ObjectProperty<Choice<SearchSort>> sort = new SimpleObjectProperty<>(sortChoices.get(0));
    /** Public unless the secretary chooses the internal version; it holds for hits, extracts and exports alike. */
    private final List<Choice<Boolean>> versionChoices = List.of(
            new Choice<>(Boolean.FALSE, Messages.get("search.version.public")),
            new Choice<>(Boolean.TRUE, Messages.get("search.version.internal")));
    private final ObjectProperty<Choice<Boolean>> version = new SimpleObjectProperty<>(versionChoices.get(0));

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
        adjusted.addListener((observable, previous, now) -> search());
        assignments.addListener((observable, previous, now) -> search());
        // A choice list being replaced passes through null; that is no new question.
        goal.addListener((observable, previous, now) -> {
            if (now != null && !now.equals(previous)) {
                search();
            }
        });
        sort.addListener((observable, previous, now) -> search());
        version.addListener((observable, previous, now) -> search());
    }

    /** Reads what the board and goal filters offer. */
    public void loadChoices() {
        BackgroundTask.wrap(Messages.get("search.task.boards"), searchParagraphs::boards)
                .onSuccess(boards -> replaceChoices(boardChoices, board, allBoards,
                        boards.stream().map(b -> new Choice<>(b.id(), b.name())).toList()))
                .executeWith(executor);
        loadGoals();
    }

    /** Reads the plans' goals again, e.g. as the goal filter opens, since plans change meanwhile. */
    public void loadGoals() {
        BackgroundTask.wrap(Messages.get("search.task.goals"), searchParagraphs::goals)
                .onSuccess(goals -> replaceChoices(goalChoices, goal, allGoals,
                        goals.stream().map(SearchViewModel::goalChoice).toList()))
                .executeWith(executor);
    }

    /** "Mål 1.2 Stärkt avtalsuppföljning": the level says what kind of goal, the code where it stands. */
    private static Choice<String> goalChoice(GoalNode node) {
        String level = node.level().swedishName();
        return new Choice<>(node.title(), Character.toUpperCase(level.charAt(0)) + level.substring(1) + " "
                + node.label());
    }

    /** New choices after "all", keeping what was chosen if it is still there. */
    private static <T> void replaceChoices(ObservableList<Choice<T>> choices, ObjectProperty<Choice<T>> chosen,
                                           Choice<T> all, List<Choice<T>> found) {
        Choice<T> selected = chosen.get();
        List<Choice<T>> list = new ArrayList<>(List.of(all));
        list.addAll(found);
        choices.setAll(list);
        chosen.set(list.stream().filter(c -> selected != null && Objects.equals(c.value(), selected.value()))
                .findFirst().orElse(all));
    }

    /** Searches for what the field holds now; an empty field shows the hint instead. */
    public void search() {
        long generation = ++searches;
        String typed = text.get() == null ? "" : text.get().strip();
        if (typed.isEmpty() && !narrowed()) {
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
                .adjusted(adjusted.get().value())
                .withAssignments(assignments.get().value())
                .linkedTo(goal.get() == null ? null : goal.get().value())
                .sortedBy(sort.get().value())
                .internal(internal());
    }

    /** A filter chosen: worth a search without words, e.g. every § with uppdrag linked to a goal. */
    private boolean narrowed() {
        return board.get().value() != null || !fromYear.get().isBlank() || !toYear.get().isBlank()
                || kind.get().value() != null || adjusted.get().value() != null || assignments.get().value() != null
                || (goal.get() != null && goal.get().value() != null);
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
            placeholder.set(shownText.isEmpty() ? Messages.get("search.noHits.filters")
                    : Messages.get("search.noHits", shownText));
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
     * secretary once justerat, marked as not justerat before), rendering in the background; the
     * public version of it unless the internal version is chosen.
     */
    public ExtractPreview extract(SearchResultItem item) {
        MinutesPreviewViewModel preview = new MinutesPreviewViewModel(renderMinutes, executor);
        preview.showExtract(item.meeting(), List.of(item.paragraph()), !internal());
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

    public List<Choice<Boolean>> adjustedChoices() {
        return adjustedChoices;
    }

    /** Justerade, ej justerade, or both. */
    public ObjectProperty<Choice<Boolean>> adjustedProperty() {
        return adjusted;
    }

    public List<Choice<Boolean>> assignmentChoices() {
        return assignmentChoices;
    }

    /** With uppdrag, without, or both. */
    public ObjectProperty<Choice<Boolean>> assignmentsProperty() {
        return assignments;
    }

    public ObservableList<Choice<String>> goalChoices() {
        return goalChoices;
    }

    /** A goal of the plans, by title, or all. */
    public ObjectProperty<Choice<String>> goalProperty() {
        return goal;
    }

    public List<Choice<SearchSort>> sortChoices() {
        return sortChoices;
    }

    public ObjectProperty<Choice<SearchSort>> sortProperty() {
        return sort;
    }

    private boolean internal() {
        return version.get() != null && Boolean.TRUE.equals(version.get().value());
    }

    public List<Choice<Boolean>> versionChoices() {
        return versionChoices;
    }

    public ObjectProperty<Choice<Boolean>> versionProperty() {
        return version;
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
