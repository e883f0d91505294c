package se.paragraf.application.importing;

import java.util.Optional;

/** What the import wizard shows before saving: the parsed file and whether it is already in the archive. */
public record ImportPreview(ParsedSource parsed, Optional<ImportRecord> previousImport) {
    public boolean alreadyImported() {
        return previousImport.isPresent();
    }
}
