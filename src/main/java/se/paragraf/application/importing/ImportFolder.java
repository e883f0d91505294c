package se.paragraf.application.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.search.IndexedParagraph;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: import many files, or every *.pdf and *.txt under a folder, one transaction per file.
 * A file already imported (same checksum) is skipped before it is parsed; a file that fails is
 * reported with its reason and the batch goes on. The search index is updated every
 * {@value #INDEX_EVERY} imported files and at the end, not per file: one index commit per file
 * would double the time of a large import. Meant to run on a background thread.
 */
public final class ImportFolder {
    private static final Logger LOG = LoggerFactory.getLogger(ImportFolder.class);
    static final int INDEX_EVERY = 50;

    private final ParseProtocol parseProtocol;
    private final ImportProtocol importProtocol;
    private final UnitOfWork unitOfWork;

    public ImportFolder(ParseProtocol parseProtocol, ImportProtocol importProtocol, UnitOfWork unitOfWork) {
        this.parseProtocol = parseProtocol;
        this.importProtocol = importProtocol;
        this.unitOfWork = unitOfWork;
    }

    /** Files are taken as given; folders contribute their *.pdf and *.txt files, sub-folders included. */
    public ImportSummary importAll(List<Path> filesOrFolders, ImportProgress progress) {
        List<Path> files = protocolFiles(filesOrFolders);
        List<ImportSummary.ImportedFile> imported = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<ImportSummary.FailedImport> failed = new ArrayList<>();
        int warnings = 0;
        List<IndexedParagraph> unindexed = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String name = file.getFileName().toString();
                progress.update(i, files.size(), name);
                try {
                    ProtocolSource source = ProtocolSource.read(file);
                    if (unitOfWork.transaction(r -> r.imports().findByChecksum(source.checksum())).isPresent()) {
                        duplicates.add(name);
                        continue;
                    }
                    ImportProtocol.Saved saved = importProtocol.saveUnindexed(parseProtocol.parse(source));
                    ImportedProtocol result = saved.result();
                    imported.add(new ImportSummary.ImportedFile(name, result));
                    unindexed.addAll(saved.documents());
                    if (imported.size() % INDEX_EVERY == 0) {
                        importProtocol.index(List.copyOf(unindexed));
                        unindexed.clear();
                    }
                    warnings += result.warnings().size();
                } catch (AlreadyImportedException e) {
                    duplicates.add(name);
                } catch (DomainException | ImportException e) {
                    failed.add(new ImportSummary.FailedImport(name, e.getMessage()));
                } catch (RuntimeException e) {
                    LOG.error("Import av {} misslyckades", file, e);
                    failed.add(new ImportSummary.FailedImport(name, "Ett oväntat fel inträffade: " + e.getMessage()
                            + " Se loggfilen i arkivets katalog."));
                }
            }
        } finally {
            importProtocol.index(unindexed);
        }
        progress.update(files.size(), files.size(), null);
        return new ImportSummary(imported, duplicates, failed, warnings);
    }

    public ImportSummary importFolder(Path folder, ImportProgress progress) {
        return importAll(List.of(folder), progress);
    }

    static List<Path> protocolFiles(List<Path> filesOrFolders) {
        List<Path> out = new ArrayList<>();
        for (Path p : filesOrFolders) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ImportFolder::isProtocolFile).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new ImportException("Mappen " + p + " kunde inte läsas. Kontrollera att du har läsrätt.", e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isProtocolFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".txt");
    }
}
