package se.paragraf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private final Path home = Path.of("/home/anna");

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataDirectory.defaultFor("Linux", Map.of(), home)).isEqualTo(Path.of("/home/anna/.local/share/paragraf"));
        assertThat(DataDirectory.defaultFor("Linux", Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/data/paragraf"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataDirectory.defaultFor("Windows 11", Map.of("APPDATA", "/roaming"), home))
                .isEqualTo(Path.of("/roaming", "Paragraf"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirectory.defaultFor("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/anna/Library/Application Support/Paragraf"));
    }

    @Test
    void anOverrideWins() {
        assertThat(DataDirectory.resolve(Path.of("/tmp/x/../arkiv"))).isEqualTo(Path.of("/tmp/arkiv"));
    }

    @Test
    void dataDirIsFoundBeforeParsing() {
        assertThat(DataDirArgument.find(new String[] {"db", "info", "--data-dir", "/a"})).isEqualTo(Path.of("/a"));
        assertThat(DataDirArgument.find(new String[] {"--data-dir=/b"})).isEqualTo(Path.of("/b"));
        assertThat(DataDirArgument.find(new String[] {"casenumber", "normalize", "x"})).isNull();
    }
}
