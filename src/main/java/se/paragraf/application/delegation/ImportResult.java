package se.paragraf.application.delegation;

import java.util.List;

/** What an import added: every entry with its flags (a flagged decision is imported, and marked). */
public record ImportResult(List<RegisterEntry> imported) {
    public ImportResult {
        imported = List.copyOf(imported);
    }

    public long flagged() {
        return imported.stream().filter(RegisterEntry::hasFault).count();
    }
}
