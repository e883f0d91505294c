package se.paragraf.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.paragraf.application.importing.ImportException;
import se.paragraf.application.importing.ParsedProtocol;

/** Broken input gets a clear error or warnings: never another exception, never a hang. */
class ProtocolFuzzTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private final TextProtocolReader reader = new TextProtocolReader();

    @Test
    void truncatedShuffledAndRandomInputsNeverCrashOrHang() throws IOException {
        String seed = Files.readString(Path.of("..", "shared", "seeds", "003_e2d92784432a1afb.txt"));
        String hogsby = Files.readString(Path.of("..", "shared", "fixtures", "hogsby-ks-2007-01-08.txt"));
        Random random = new Random(20250520L);
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            inputs.add(seed.substring(0, random.nextInt(seed.length())));
            inputs.add(hogsby.substring(random.nextInt(hogsby.length())));
        }
        for (int i = 0; i < 10; i++) {
            List<String> lines = new ArrayList<>(Arrays.asList(seed.split("\n")));
            Collections.shuffle(lines, random);
            inputs.add(String.join("\n", lines));
        }
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[1 + random.nextInt(20_000)];
            random.nextBytes(bytes);
            inputs.add(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
            StringBuilder sb = new StringBuilder();
            String alphabet = "§ \n\t.;:,-–()”att beslutar Dnr bilaga 1234567890 KS Beslut Delges\f";
            for (int k = 0; k < 5000; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            inputs.add(sb.toString());
        }
        inputs.add("§ 1 " + "a".repeat(2_000_000));
        inputs.add("§".repeat(10_000));
        inputs.add("§ 1 Titel\n" + "att ".repeat(200_000));
        inputs.add(("§ 1 x\n\n" + " ".repeat(50) + "\n").repeat(5000));
        inputs.add("bilaga 1".repeat(100_000) + "\n§ 2 Titel");
        inputs.add("Dnr " + "1".repeat(100_000) + "\n§ 3 Titel\nDnr " + "KS/".repeat(30_000));
        for (String input : inputs) {
            ParsedProtocol result = assertTimeoutPreemptively(LIMIT, () -> {
                try {
                    return reader.read(input);
                } catch (ImportException e) {
                    assertThat(e.getMessage()).isNotBlank();
                    return null;
                }
            }, () -> "hung on input of " + input.length() + " chars starting " + input.substring(0, Math.min(40, input.length())));
            if (result != null) {
                assertThat(result.paragraphs()).isNotEmpty();
            }
        }
    }
}
