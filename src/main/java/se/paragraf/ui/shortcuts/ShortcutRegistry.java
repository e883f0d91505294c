package se.paragraf.ui.shortcuts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every keyboard shortcut of the application, grouped by screen, for the help overlay (F1 or
 * Ctrl+/). The overlay reads only this list, so a shortcut that a screen does not add here is a
 * shortcut nobody finds.
 *
 * <h2>Adding a screen's shortcuts</h2>
 * Keep the {@link javafx.scene.input.KeyCombination}s as constants of the screen (as
 * {@code MeetingsView.IMPORT_SHORTCUT} is), install the accelerators or key handlers from those
 * same constants, and give the screen a static method that adds them:
 * <pre>{@code
 * public static void registerShortcuts(ShortcutRegistry registry) {
 *     String screen = ...;  // the screen's title from messages_sv.properties, as in its header
 *     registry.add(Shortcut.of(screen, NEW_PARAGRAPH, ...));  // what it does, also from the bundle
 *     registry.add(Shortcut.described(screen, ..., ...));     // keys that are not one combination: "Alt+Pil upp/ned"
 * }
 * }</pre>
 * and call it from {@link #standard()} (see {@code BoardsView.registerShortcuts} for a whole example).
 * A test of the registry must start the JavaFX toolkit, since the view classes are controls. Because the accelerators and the overlay use the same
 * constants, the overlay cannot list a combination the screen does not use. Screens are listed
 * in the order {@link #standard()} registers them; shortcuts within a screen in the order added.
 */
public final class ShortcutRegistry {
    private final Map<String, List<Shortcut>> byScreen = new LinkedHashMap<>();

    public void add(Shortcut shortcut) {
        byScreen.computeIfAbsent(shortcut.screen(), screen -> new ArrayList<>()).add(shortcut);
    }

    /** Screen titles in registration order, each with its shortcuts. */
    public Map<String, List<Shortcut>> byScreen() {
        Map<String, List<Shortcut>> copy = new LinkedHashMap<>();
        byScreen.forEach((screen, list) -> copy.put(screen, Collections.unmodifiableList(list)));
        return Collections.unmodifiableMap(copy);
    }

    public List<Shortcut> all() {
        return byScreen.values().stream().flatMap(List::stream).toList();
    }

    /** The application's shortcuts: each screen adds its own here (see the class comment). */
    public static ShortcutRegistry standard() {
        ShortcutRegistry registry = new ShortcutRegistry();
        se.paragraf.ui.main.MainView.registerShortcuts(registry);
        se.paragraf.ui.meetings.MeetingsView.registerShortcuts(registry);
        se.paragraf.ui.boards.BoardsView.registerShortcuts(registry);
        se.paragraf.ui.meetingform.MeetingFormView.registerShortcuts(registry);
        se.paragraf.ui.phrases.PhraseLibraryView.registerShortcuts(registry);
        se.paragraf.ui.workbench.WorkbenchView.registerShortcuts(registry);
        return registry;
    }
}
