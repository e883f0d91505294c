package se.paragraf.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.Services;
import se.paragraf.domain.minutes.Finding;
import se.paragraf.domain.minutes.FindingField;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.VoteChoice;
import se.paragraf.domain.phrase.PhraseKind;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

/** The workbench's behaviour on a real archive: agenda, editing, autosave, undo, validation, justering. */
class WorkbenchViewModelTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private Services services;
    private WorkbenchFixture fixture;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-09-02T08:00:00Z"), ZoneOffset.UTC);
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private WorkbenchViewModel workbench;

    @BeforeEach
    void open() {
        archive = TestArchive.openIn(dataDir);
        services = archive.services();
        fixture = WorkbenchFixture.create(services);
        workbench = new WorkbenchViewModel(services, new SynchronousTaskExecutor(), scheduler, clock);
        workbench.open(fixture.meeting.id());
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void numberingMovingAndRemovingRenumberTheParagraphsEachAsOneUndoableStep() {
        AgendaViewModel agenda = workbench.agenda();
        assertThat(agenda.addMatter("25KN12", "Bidrag till föreningar", "bevilja bidragen")).isEmpty();
        assertThat(agenda.addInformation("Förvaltningschefen informerar")).isEmpty();
        assertThat(agenda.addMatter("", "Budget 2026", null)).isEmpty();
        assertThat(agenda.addMatter("inte ett dnr", "Fel", null)).hasValueSatisfying(m -> assertThat(m).contains("inte ett dnr"));
        agenda.number();

        assertThat(numbers()).containsExactly("§ 1", "Info", "§ 2");
        assertThat(titlesInArchive()).containsExactly("1 Bidrag till föreningar", "2 Budget 2026");
        assertThat(workbench.session().undoRedo().undoTextProperty().get()).isEqualTo("Ångra Numrera föredragningslistan");

        agenda.select(2);
        agenda.moveSelectedUp();
        assertThat(workbench.session().statusProperty().get()).startsWith("Sparat");
        agenda.moveSelectedUp();
        assertThat(agenda.rows()).extracting(AgendaRow::title)
                .containsExactly("Budget 2026", "Bidrag till föreningar", "Förvaltningschefen informerar");
        assertThat(agenda.selectedIndexProperty().get()).as("the moved item stays selected").isZero();
        assertThat(titlesInArchive()).containsExactly("1 Budget 2026", "2 Bidrag till föreningar");

        workbench.undo();
        assertThat(titlesInArchive()).containsExactly("1 Bidrag till föreningar", "2 Budget 2026");
        assertThat(agenda.rows()).extracting(AgendaRow::title)
                .containsExactly("Bidrag till föreningar", "Budget 2026", "Förvaltningschefen informerar");
        workbench.undo();
        assertThat(agenda.rows()).extracting(AgendaRow::title)
                .containsExactly("Bidrag till föreningar", "Förvaltningschefen informerar", "Budget 2026");
        assertThat(workbench.session().undoRedo().undoTextProperty().get()).isEqualTo("Ångra Numrera föredragningslistan");
        workbench.redo();
        workbench.redo();
        assertThat(titlesInArchive()).containsExactly("1 Budget 2026", "2 Bidrag till föreningar");

        agenda.select(0);
        agenda.removeSelected();
        assertThat(titlesInArchive()).containsExactly("1 Bidrag till föreningar");
        workbench.undo();
        assertThat(titlesInArchive()).containsExactly("1 Budget 2026", "2 Bidrag till föreningar");
    }

    @Test
    void typingIsSavedWhenTypingPausesAsOneStepThatUndoRestores() {
        Paragraph paragraph = numberedParagraph();
        ParagraphEditorViewModel editor = workbench.editor();
        assertThat(editor.paragraph().id()).isEqualTo(paragraph.id());

        for (String typed : List.of("Bidrag", "Bidrag till", "Bidrag till kulturföreningar")) {
            editor.edits().title(typed);
            scheduler.advance(Duration.ofMillis(500));
        }
        assertThat(stored(paragraph.id()).title()).as("not saved while typing goes on").isEqualTo("Bidrag till föreningar");
        scheduler.advance(Duration.ofMillis(1500));
        assertThat(stored(paragraph.id()).title()).isEqualTo("Bidrag till kulturföreningar");
        assertThat(workbench.session().statusProperty().get()).isEqualTo("Sparat 08:00:02");
        assertThat(workbench.session().undoRedo().undoTextProperty().get()).isEqualTo("Ångra Ändra rubrik");

        workbench.undo();
        assertThat(stored(paragraph.id()).title()).isEqualTo("Bidrag till föreningar");
        assertThat(editor.shownProperty().get().title()).isEqualTo("Bidrag till föreningar");
        workbench.redo();
        assertThat(editor.paragraph().title()).isEqualTo("Bidrag till kulturföreningar");
    }

    @Test
    void steadyTypingIsSavedAtTheLatestAfterFiveSeconds() {
        Paragraph paragraph = numberedParagraph();
        for (int i = 1; i <= 12; i++) {
            workbench.editor().edits().sectionText(0, "ord ".repeat(i));
            scheduler.advance(Duration.ofMillis(500));
        }
        assertThat(stored(paragraph.id()).sections().get(0).text()).as("saved within five seconds of the first keystroke")
                .startsWith("ord ord ord ord ord ord ord ord ord ord");
    }

    @Test
    void anEditBeforeAnotherFieldOrAnUndoIsStoredFirstSoUndoTakesBackOnlyTheNewest() {
        Paragraph paragraph = numberedParagraph();
        ParagraphEditorViewModel editor = workbench.editor();
        editor.edits().title("Ny rubrik");
        editor.edits().caseNumbers("25KN12, 25KN13");
        workbench.undo();
        assertThat(stored(paragraph.id()).title()).isEqualTo("Ny rubrik");
        assertThat(stored(paragraph.id()).caseNumbers()).extracting(Object::toString).containsExactly("KN 2025/12");
    }

    @Test
    void invalidInputIsFlaggedWithoutBlockingAndTheValidPartIsKept() {
        Paragraph paragraph = numberedParagraph();
        ParagraphEditorViewModel editor = workbench.editor();
        editor.edits().caseNumbers("25KN12, 25KN1x");
        assertThat(editor.inputErrors()).containsKey("caseNumbers.typed");
        assertThat(editor.inputErrors().get("caseNumbers.typed")).contains("25KN1x");
        editor.edits().caseNumbers("25KN12, 25KN14");
        assertThat(editor.inputErrors()).doesNotContainKey("caseNumbers.typed");

        editor.edits().addBlock(workbench.editor().context().phrases().find("b").orElseThrow(), null);
        editor.edits().addClause(0, "bevilja bidragen;");
        editor.edits().clause(0, 0, "");
        assertThat(editor.inputErrors()).containsKey(ParagraphEdits.clauseKey(0, 0));
        assertThat(editor.paragraph().decision().blocks().get(0).clauses().get(0).text()).isEqualTo("bevilja bidragen");
        editor.commitPending();
        assertThat(stored(paragraph.id()).caseNumbers()).extracting(Object::toString).containsExactly("KN 2025/12", "KN 2025/14");
        assertThat(stored(paragraph.id()).decision().render()).isEqualTo("Kulturnämnden beslutar\n\natt bevilja bidragen.");
    }

    @Test
    void votesAndDissentsAreCheckedWhileTyping() {
        numberedParagraph();
        ParagraphEditorViewModel editor = workbench.editor();
        ParagraphEdits edits = editor.edits();
        edits.addVote(true);
        assertThat(fields(editor.findings())).contains(FindingField.VOTE);

        List<WorkbenchContext.MemberChoice> serving = editor.context().serving(editor.paragraph());
        assertThat(serving).extracting(WorkbenchContext.MemberChoice::name)
                .containsExactlyInAnyOrder("Anna Ek", "Bo Lind", "Cecilia Ås", "David Berg", "Fia Holm");
        serving.forEach(m -> edits.ballot(0, m.id(), m.name().equals("Bo Lind") ? VoteChoice.NO : VoteChoice.YES));
        assertThat(fields(editor.findings())).doesNotContain(FindingField.VOTE);
        assertThat(editor.paragraph().proceedings().votes().get(0).tally().yes()).isEqualTo(4);

        edits.addDissent("Gustav Sand");
        assertThat(editor.findings()).anySatisfy(f -> assertThat(f.message()).contains("Gustav Sand reserverar sig men deltog inte"));
        edits.dissentMember(0, "Bo Lind");
        edits.dissentText(0, "Jag reserverar mig till förmån för mitt yrkande.");
        assertThat(fields(editor.findings())).doesNotContain(FindingField.DISSENT);
        edits.dissentMember(0, "Ingen Alls");
        assertThat(editor.inputErrors().get("dissent.0.member")).contains("Ingen Alls");
    }

    @Test
    void aJavigMemberLeavesAndTheNamedSubstituteServesInHerPlace() {
        numberedParagraph();
        ParagraphEditorViewModel editor = workbench.editor();
        editor.edits().addDisqualification("Bo Lind");
        editor.edits().substitute(0, "Gustav Sand");
        assertThat(editor.context().serving(editor.paragraph())).extracting(WorkbenchContext.MemberChoice::name)
                .contains("Gustav Sand").doesNotContain("Bo Lind");
        assertThat(fields(editor.findings())).doesNotContain(FindingField.DISQUALIFICATION, FindingField.QUORUM);
    }

    @Test
    void phrasesOfTheBoardFillFormulaAndClauses() {
        numberedParagraph();
        ParagraphEditorViewModel editor = workbench.editor();
        WorkbenchContext context = editor.context();
        editor.edits().addBlock(context.phrases().find("bu").orElseThrow(), context.committees().get(0));
        editor.edits().addClause(0, context.phrases().complete(PhraseKind.CLAUSE, "lth").get(0).text());
        assertThat(editor.paragraph().decision().render())
                .isEqualTo("Kulturnämnden beslutar på kulturutskottets förslag\n\natt lägga informationen till handlingarna.");
    }

    @Test
    void attachedFilesAreStoredAndNumberedThroughTheProtocol() throws Exception {
        numberedParagraph();
        Path file = Files.writeString(dataDir.resolve("Bidragslista.pdf"), "innehåll");
        workbench.attachments().attach(file);
        Paragraph p = workbench.editor().paragraph();
        assertThat(p.attachments()).singleElement().satisfies(a -> {
            assertThat(a.label()).isEqualTo("1");
            assertThat(a.title()).isEqualTo("Bidragslista");
            assertThat(services.attachFile().content(a.file())).hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("innehåll"));
        });
        workbench.undo();
        assertThat(workbench.editor().paragraph().attachments()).isEmpty();
    }

    @Test
    void aJusteratProtocolOpensReadOnlyWithTheReason() {
        Paragraph paragraph = numberedParagraph();
        services.adjustMinutes().readyForAdjustment(fixture.meeting.id(), LocalDate.of(2025, 9, 5));
        services.adjustMinutes().adjust(fixture.meeting.id(), LocalDate.of(2025, 9, 5));

        workbench.open(fixture.meeting.id());
        ParagraphEditorViewModel editor = workbench.editor();
        assertThat(editor.readOnlyProperty().get()).isTrue();
        assertThat(editor.readOnlyReasonProperty().get()).contains("justerades 2025-09-05").contains("kan inte längre ändras");
        editor.edits().title("Ändrad efter justering");
        scheduler.advance(Duration.ofSeconds(10));
        workbench.agenda().addInformation("Sent tillägg");
        assertThat(stored(paragraph.id()).title()).isEqualTo("Bidrag till föreningar");
        assertThat(workbench.agenda().rows()).hasSize(1);
    }

    private Paragraph numberedParagraph() {
        workbench.agenda().addMatter("25KN12", "Bidrag till föreningar", "bevilja bidragen");
        workbench.agenda().number();
        workbench.agenda().select(0);
        workbench.editor().edits().sectionText(0, "Förslag");
        workbench.editor().commitPending();
        return services.editParagraph().load(workbench.agenda().rows().get(0).paragraph()).orElseThrow();
    }

    private List<String> numbers() {
        return workbench.agenda().rows().stream().map(AgendaRow::number).toList();
    }

    private List<String> titlesInArchive() {
        return services.showMeeting().show(fixture.meeting.id()).orElseThrow().paragraphs().stream()
                .map(p -> p.number() + " " + p.title()).toList();
    }

    private Paragraph stored(ParagraphId id) {
        return services.editParagraph().load(id).orElseThrow();
    }

    private static List<FindingField> fields(List<Finding> findings) {
        return findings.stream().map(Finding::field).toList();
    }
}
