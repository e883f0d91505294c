package se.paragraf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into version.properties at build time. */
public final class Version implements CommandLine.IVersionProvider {
    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "okänd");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Paragraf " + current()};
    }
}
