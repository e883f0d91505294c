package se.paragraf.cli;

import java.nio.file.Path;

/** Starts the window; given to the CLI by the launcher so that cli never depends on ui. */
@FunctionalInterface
public interface GuiStarter {
    void start(Path dataDirectory);
}
