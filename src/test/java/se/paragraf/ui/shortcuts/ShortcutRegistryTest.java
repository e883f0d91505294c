package se.paragraf.ui.shortcuts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import se.paragraf.ui.boards.BoardsView;
import se.paragraf.ui.main.MainView;
import se.paragraf.ui.meetingform.MeetingFormView;
import se.paragraf.ui.meetings.MeetingsView;

/** The screens register from their view classes, which JavaFX initialises only with its toolkit running. */
class ShortcutRegistryTest {
    private ShortcutRegistry registry;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void build() {
        registry = ShortcutRegistry.standard();
    }

    @Test
    void listsEveryScreenInRegistrationOrder() {
        assertThat(registry.byScreen().keySet()).containsExactly("Hela fönstret", "Ärenden och sök", "Sammanträden",
                "Protokoll", "Nämnder och ledamöter", "Sammanträde", "Fraser", "Föredragningslista", "Paragrafredigeraren");
    }

    @Test
    void listsTheCombinationsTheScreensUse() {
        List<KeyCombination> listed = registry.all().stream().map(Shortcut::combination).filter(Objects::nonNull).toList();
        assertThat(listed).contains(MainView.SEARCH_SHORTCUT, MeetingsView.IMPORT_SHORTCUT, MeetingsView.NEW_MEETING,
                BoardsView.SAVE_BOARD, MeetingFormView.UNDO,
                ShortcutOverlay.HELP, ShortcutOverlay.HELP_ALTERNATIVE, se.paragraf.ui.meeting.MeetingView.EDIT_SHORTCUT,
                se.paragraf.ui.workbench.WorkbenchShortcut.AGENDA_MOVE_UP.keys(),
                se.paragraf.ui.workbench.WorkbenchShortcut.ADD_DISSENT.keys());
    }

    @Test
    void noScreenGivesOneCombinationTwoMeanings() {
        registry.byScreen().forEach((screen, shortcuts) -> {
            List<KeyCombination> combinations = shortcuts.stream().map(Shortcut::combination).filter(Objects::nonNull)
                    .filter(c -> !c.equals(ShortcutOverlay.HELP_ALTERNATIVE)).toList();
            assertThat(combinations).as(screen).doesNotHaveDuplicates();
        });
    }

    @Test
    void everyShortcutSaysWhatItDoes() {
        assertThat(registry.all()).allSatisfy(s -> assertThat(s.action()).isNotBlank());
    }
}
