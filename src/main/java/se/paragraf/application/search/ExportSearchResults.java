package se.paragraf.application.search;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: a result list as a file. CSV is written the way Swedish Excel opens it by double-click:
 * UTF-8 with a byte order mark (or åäö come out garbled), semicolons between fields, CRLF.
 */
public final class ExportSearchResults {
    private static final Logger LOG = LoggerFactory.getLogger(ExportSearchResults.class);
    private static final String BOM = "\uFEFF";
    private static final List<String> HEADER = List.of("Organ", "Datum", "Paragraf", "Rubrik", "Diarienummer",
            "Typ", "Utdrag");

    public void toCsv(List<SearchHit> hits, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(BOM);
            out.write(line(HEADER));
            for (SearchHit hit : hits) {
                out.write(line(List.of(hit.boardName(), hit.date().toString(), "§ " + hit.number(), hit.title(),
                        hit.caseNumbers().stream().map(CaseNumber::canonical).collect(Collectors.joining(", ")),
                        hit.kind().swedishName(), hit.plainSnippet())));
            }
        } catch (IOException e) {
            LOG.warn("Träfflistan kunde inte skrivas till {}", file, e);
            throw new DomainException("Träfflistan kunde inte sparas i " + file + ". Kontrollera att mappen finns "
                    + "och att du har skrivrätt där, och försök igen.");
        }
    }

    private static String line(List<String> fields) {
        return fields.stream().map(ExportSearchResults::field).collect(Collectors.joining(";")) + "\r\n";
    }

    /**
     * Quoted always: titles hold semicolons ("Svar på revisionsrapport; …"). Line breaks of the
     * protocol text become spaces, so each hit stays one row also for tools that read line by line.
     */
    private static String field(String value) {
        return "\"" + value.replaceAll("\\s+", " ").strip().replace("\"", "\"\"") + "\"";
    }
}
