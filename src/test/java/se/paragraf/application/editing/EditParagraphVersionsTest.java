package se.paragraf.application.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.Repositories;
import se.paragraf.application.Services;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.search.SaveParagraph;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.StaleVersionException;
import se.paragraf.ui.TestArchive;

/**
 * The use cases that edit a § and a meeting (ADR 0019): a save over what someone else saved in
 * between is refused with a clear Swedish message and changes nothing; the application's own
 * successive saves, undo and redo are not; the lock check and the write are one transaction.
 */
class EditParagraphVersionsTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private Services mine;
    private Services theirs;
    private Meeting meeting;
    private Paragraph p98;

    @BeforeEach
    void open() {
        archive = TestArchive.openIn(dataDir);
        mine = archive.services();
        theirs = archive.anotherApplication();
        var board = mine.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
        meeting = mine.planMeeting().create(board.id(), LocalDate.of(2025, 5, 20), null, null, null, null);
        p98 = mine.editParagraph().save(mine.editAgenda().newParagraph(meeting.id(), ParagraphNumber.of(98),
                "Svar på revisionsrapport"));
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void aSaveOverSomeoneElsesIsRefusedAndTheirsStands() {
        Paragraph opened = mine.editParagraph().load(p98.id()).orElseThrow();
        Paragraph theirCopy = theirs.editParagraph().load(p98.id()).orElseThrow();
        Paragraph saved = theirs.editParagraph().save(theirCopy.retitle("Svar på revisionsrapport om välfärdsbrott"));
        assertThat(saved.version()).isEqualTo(opened.version() + 1);

        assertThatThrownBy(() -> mine.editParagraph().save(opened.retitle("Revisionsrapport")))
                .isInstanceOf(StaleVersionException.class)
                .hasMessage("§ 98 har ändrats av någon annan sedan du öppnade den (version " + saved.version()
                        + ", din " + opened.version() + "). Ladda om och gör om ändringen.");
        assertThat(theirs.editParagraph().load(p98.id()).orElseThrow().title())
                .isEqualTo("Svar på revisionsrapport om välfärdsbrott");

        Paragraph reloaded = mine.editParagraph().load(p98.id()).orElseThrow();
        assertThat(mine.editParagraph().save(reloaded.retitle("Revisionsrapport")).title()).isEqualTo("Revisionsrapport");
    }

    @Test
    void ownSavesUndoAndRedoAreMadeOnTheVersionTheApplicationWrote() {
        Paragraph opened = mine.editParagraph().load(p98.id()).orElseThrow();
        EditHistory history = new EditHistory();
        history.execute(mine.editParagraph().edit("Ändra rubrik", opened, p -> p.retitle("Ett")));
        // Built from the copy read before the first step, as the editor's queued steps are.
        history.execute(mine.editParagraph().edit("Ändra rubrik", opened.retitle("Ett"), p -> p.retitle("Två")));
        history.undo();
        history.undo();
        history.redo();

        Paragraph now = theirs.editParagraph().load(p98.id()).orElseThrow();
        assertThat(now.title()).isEqualTo("Ett");
        assertThat(now.version()).isEqualTo(opened.version() + 5);
        // A save that changes nothing writes nothing, not even a version.
        assertThat(mine.editParagraph().save(opened.retitle("Ett")).version()).isEqualTo(now.version());
    }

    @Test
    void theLockCheckAndTheWriteAreOneTransaction() {
        AtomicInteger transactions = new AtomicInteger();
        UnitOfWork real = archive.unitOfWork();
        UnitOfWork counting = new UnitOfWork() {
            @Override
            public <T> T transaction(Function<Repositories, T> work) {
                transactions.incrementAndGet();
                return real.transaction(work);
            }
        };
        EditParagraph edit = new EditParagraph(counting, new SaveParagraph(counting, archive.index()));
        Paragraph opened = edit.load(p98.id()).orElseThrow();
        transactions.set(0);

        edit.save(opened.retitle("Ändrad"));
        assertThat(transactions).hasValue(1);

        mine.adjustMinutes().readyForAdjustment(meeting.id(), LocalDate.of(2025, 5, 21));
        mine.adjustMinutes().adjust(meeting.id(), LocalDate.of(2025, 5, 23));
        transactions.set(0);
        Paragraph stored = edit.load(p98.id()).orElseThrow();
        assertThatThrownBy(() -> edit.save(stored.retitle("Efter justering"))).isInstanceOf(DomainException.class)
                .hasMessageContaining("justerades 2025-05-23");
        assertThat(transactions).hasValue(2);
    }

    @Test
    void aMeetingChangedBySomeoneElseIsNotOverwritten() {
        Meeting opened = mine.showMeeting().show(meeting.id()).orElseThrow().meeting();
        Meeting moved = theirs.planMeeting().update(opened.reschedule(LocalDate.of(2025, 5, 22), null, null));
        assertThat(moved.version()).isEqualTo(opened.version() + 1);

        assertThatThrownBy(() -> mine.planMeeting().update(opened.reschedule(LocalDate.of(2025, 5, 21), null, null)))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageStartingWith("Sammanträdet 2025-05-22 har ändrats av någon annan sedan du öppnade det");

        // Successive own changes from the copy first opened are the application's own, not someone else's.
        Meeting again = theirs.planMeeting().update(opened.reschedule(LocalDate.of(2025, 5, 23), null, null));
        assertThat(again.version()).isEqualTo(moved.version() + 1);
        assertThat(mine.showMeeting().show(meeting.id()).orElseThrow().meeting().date()).isEqualTo("2025-05-23");
    }
}
