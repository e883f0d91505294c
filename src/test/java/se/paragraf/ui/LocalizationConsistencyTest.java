package se.paragraf.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every key the UI uses exists in messages_sv.properties, and every key there is used. */
class LocalizationConsistencyTest {
    private static final Path UI_SOURCES = Path.of("src/main/java/se/paragraf/ui");
    private static final Path UI_RESOURCES = Path.of("src/main/resources/se/paragraf/ui");
    private static final Pattern JAVA_KEY = Pattern.compile("Messages\\.get\\(\\s*\"([^\"]+)\"");
    private static final Pattern JAVA_ANY_CALL = Pattern.compile("Messages\\.get\\(\\s*([^\\s)])");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([^\"]+)\"");

    private static Set<String> defined;
    private static Set<String> used;

    @BeforeAll
    static void readSourcesAndBundle() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(UI_RESOURCES.resolve("messages_sv.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        defined = new TreeSet<>(properties.stringPropertyNames());
        used = new TreeSet<>();
        used.addAll(keysIn(UI_SOURCES, ".java", JAVA_KEY));
        used.addAll(keysIn(UI_RESOURCES, ".fxml", FXML_KEY));
    }

    @Test
    void everyUsedKeyIsDefined() {
        assertThat(used).isNotEmpty();
        assertThat(missing(used, defined)).as("keys used in the UI but missing from messages_sv.properties").isEmpty();
    }

    @Test
    void everyDefinedKeyIsUsed() {
        assertThat(missing(defined, used)).as("keys in messages_sv.properties that nothing uses").isEmpty();
    }

    @Test
    void keysArePassedAsLiterals() throws IOException {
        // A key computed at run time would escape both checks above.
        Set<String> computed = new TreeSet<>();
        for (Path file : files(UI_SOURCES, ".java")) {
            Matcher m = JAVA_ANY_CALL.matcher(Files.readString(file));
            while (m.find()) {
                if (!m.group(1).equals("\"") && !file.endsWith("Messages.java")) {
                    computed.add(UI_SOURCES.relativize(file).toString());
                }
            }
        }
        assertThat(computed).as("files calling Messages.get with a non-literal key").isEmpty();
    }

    @Test
    void theScannerFindsKeysInBothForms() {
        assertThat(keysOf("label.setText(Messages.get(\"a.b\", x)); Messages.get( \"c\")", JAVA_KEY))
                .containsExactlyInAnyOrder("a.b", "c");
        assertThat(keysOf("<Label text=\"%d.e\"/><Label text=\"plain\"/>", FXML_KEY)).containsExactly("d.e");
        assertThat(missing(Set.of("x", "y"), Set.of("y"))).containsExactly("x");
    }

    private static Set<String> missing(Set<String> wanted, Set<String> present) {
        Set<String> result = new TreeSet<>(wanted);
        result.removeAll(present);
        return result;
    }

    private static Set<String> keysIn(Path root, String extension, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path file : files(root, extension)) {
            keys.addAll(keysOf(Files.readString(file), pattern));
        }
        return keys;
    }

    private static Set<String> keysOf(String text, Pattern pattern) {
        Set<String> keys = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static Set<Path> files(Path root, String extension) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(extension)).collect(java.util.stream.Collectors.toSet());
        }
    }
}
