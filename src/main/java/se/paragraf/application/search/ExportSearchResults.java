package se.paragraf.application.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.archive.ArchiveFacts;
import se.paragraf.application.document.SearchResultList;
import se.paragraf.application.document.SearchResultReport;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.PersonalNumbers;

/**
 * Use case: a result list as a file, CSV for Excel or PDF to print and archive.
 * CSV is written the way Swedish Excel opens it by double-click: UTF-8 with a byte order mark
 * (or åäö come out garbled), semicolons between fields, CRLF. A file is the public version unless
 * the results are the internal ones: what was asked and every hit go through
 * {@link SearchResults#publicView} once more, so that nothing written bypasses the masking.
 */
public final class ExportSearchResults {
    private static final Logger LOG = LoggerFactory.getLogger(ExportSearchResults.class);
    private static final String BOM = "\uFEFF";
    private static final List<String> HEADER = List.of("Organ", "Datum", "Paragraf", "Rubrik", "Diarienummer",
            "Typ", "Utdrag");

    private final UnitOfWork unitOfWork;
    private final ArchiveFacts facts;
    private final SearchResultReport report;
    private final Clock clock;

    public ExportSearchResults(UnitOfWork unitOfWork, ArchiveFacts facts, SearchResultReport report, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.facts = facts;
        this.report = report;
        this.clock = clock;
    }

    /**
     * Writes {@code results}, the answer to {@code query}, to {@code file}. {@code asked} is what
     * the secretary typed, shown in the PDF instead of the query text made of it while typing.
     * A file that could not be written completely is removed, so that no half PDF is left behind.
     */
    public void export(String asked, SearchQuery query, SearchResults results, ExportFormat format, Path file) {
        SearchResults shown = results.internal() ? results : results.publicView();
        try (OutputStream out = Files.newOutputStream(file)) {
            switch (format) {
                case CSV -> writeCsv(shown.hits(), out);
                case PDF -> report.write(describe(asked, query, shown), out);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Träfflistan kunde inte skrivas till {}", file, e);
            deleteQuietly(file);
            throw new DomainException("Träfflistan kunde inte sparas i " + file + ". Kontrollera att mappen finns "
                    + "och att du har skrivrätt där, och att filen inte är öppen i ett annat program. Försök sedan igen.");
        }
    }

    private SearchResultList describe(String asked, SearchQuery query, SearchResults results) {
        String question = asked == null || asked.isBlank() ? query.text() : asked.strip();
        String shown = results.internal() ? question : PersonalNumbers.mask(question);
        return new SearchResultList(shown, filters(query, results), LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES),
                facts.location(), results);
    }

    /** The filters in words; a case timeline ignores them all, so it says so instead. */
    private List<String> filters(SearchQuery query, SearchResults results) {
        List<String> filters = new ArrayList<>();
        filters.add(results.internal() ? "Intern version: innehåller sekretessbelagda paragrafer och personnummer"
                : "Offentlig version: sekretessbelagda paragrafer och personnummer visas inte");
        if (results.timeline() != null) {
            filters.add("Alla organ och år, i tidsordning (filtren gäller inte ett ärendes gång)");
            return filters;
        }
        if (!query.boards().isEmpty()) {
            List<Board> boards = unitOfWork.transaction(r -> r.boards().findAll());
            filters.add("Organ: " + boards.stream().filter(b -> query.boards().contains(b.id())).map(Board::name)
                    .collect(Collectors.joining(", ")));
        } else {
            filters.add("Organ: alla");
        }
        if (query.fromYear() != null && query.toYear() != null) {
            filters.add("År: " + query.fromYear() + "–" + query.toYear());
        } else if (query.fromYear() != null) {
            filters.add("År: från och med " + query.fromYear());
        } else if (query.toYear() != null) {
            filters.add("År: till och med " + query.toYear());
        }
        filters.add("Typ: " + (query.kinds().isEmpty() ? "alla" : query.kinds().stream().sorted()
                .map(ParagraphKind::swedishName).collect(Collectors.joining(", "))));
        if (query.adjusted() != null) {
            filters.add(query.adjusted() ? "Endast justerade protokoll" : "Endast ej justerade protokoll");
        }
        if (query.hasAssignments() != null) {
            filters.add(query.hasAssignments() ? "Endast paragrafer med uppdrag" : "Endast paragrafer utan uppdrag");
        }
        if (query.goal() != null) {
            filters.add("Mål: " + (results.internal() ? query.goal() : PersonalNumbers.mask(query.goal())));
        }
        filters.add("Ordning: " + (query.sort() == SearchSort.DATE ? "datum, nyast först" : "relevans"));
        return filters;
    }

    private static void writeCsv(List<SearchHit> hits, OutputStream stream) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write(BOM);
        out.write(line(HEADER));
        for (SearchHit hit : hits) {
            out.write(line(List.of(hit.boardName(), hit.date().toString(), "§ " + hit.number(), hit.title(),
                    hit.caseNumbers().stream().map(CaseNumber::canonical).collect(Collectors.joining(", ")),
                    hit.kind().swedishName(), hit.plainSnippet())));
        }
        out.flush();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Den ofullständiga filen {} kunde inte tas bort", file, e);
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
