package se.paragraf.ui.importing;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import se.paragraf.ui.Messages;

/** The system's file and folder dialogs for importing; tests go past them to the view models' own methods. */
public final class ImportChooser {
    private ImportChooser() {
    }

    public static Optional<Path> protocolFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.chooseFile"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("import.filter.protocols"), "*.pdf", "*.PDF", "*.txt", "*.TXT"),
                new FileChooser.ExtensionFilter(Messages.get("import.filter.all"), "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    public static Optional<Path> folder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("import.chooseFolder"));
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }
}
