package se.paragraf.application.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.search.IndexFollower;
import se.paragraf.application.search.IndexedParagraph;
import se.paragraf.application.search.ParagraphIndex;
import se.paragraf.application.search.ParagraphStanding;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.matter.Matter;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.ParagraphSeries;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: save a parsed (and possibly corrected) protocol with its source file, in one
 * transaction: the board (found or created), the meeting with the cover page's attendance and
 * officers, every paragraph, the matters, and the
 * import record that makes a second import of the same file a detected duplicate. A § number
 * that the board already used that year stops the import, and nothing is saved. After the commit
 * the paragraphs go into the search index; if that fails the import stands and the index is
 * marked stale, to be rebuilt from the archive at the latest when it is next opened.
 */
public final class ImportProtocol {

    private final UnitOfWork unitOfWork;
    private final IndexFollower indexFollower;
    private final Clock clock;

    public ImportProtocol(UnitOfWork unitOfWork, ParagraphIndex index) {
        this(unitOfWork, index, Clock.systemUTC());
    }

    public ImportProtocol(UnitOfWork unitOfWork, ParagraphIndex index, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.indexFollower = new IndexFollower(index);
        this.clock = clock;
    }

    record Saved(ImportedProtocol result, List<IndexedParagraph> documents) {
    }

    public ImportedProtocol save(ParsedSource parsed) {
        Saved saved = saveUnindexed(parsed);
        index(saved.documents());
        return saved.result();
    }

    /** For batches, which index many files at once: an index commit per file would double the import time. */
    Saved saveUnindexed(ParsedSource parsed) {
        ParsedProtocol protocol = parsed.protocol();
        String boardName = protocol.board();
        LocalDate date = protocol.meetingDate();
        if (boardName == null || boardName.isBlank()) {
            throw new DomainException("Protokollets nämnd är okänd. Ange vilken nämnd eller styrelse protokollet "
                    + "kommer från och försök igen.");
        }
        if (date == null) {
            throw new DomainException("Protokollets sammanträdesdatum är okänt. Ange datumet och försök igen.");
        }
        if (protocol.paragraphs().isEmpty()) {
            throw new DomainException("Protokollet har inga paragrafer att importera.");
        }
        return unitOfWork.transaction(r -> save(r, parsed, boardName.strip(), date));
    }

    /** After the commit; see {@link IndexFollower}. */
    void index(List<IndexedParagraph> documents) {
        indexFollower.follow(documents);
    }

    private Saved save(Repositories r, ParsedSource parsed, String boardName, LocalDate date) {
        ProtocolSource source = parsed.source();
        Optional<ImportRecord> previous = r.imports().findByChecksum(source.checksum());
        if (previous.isPresent()) {
            throw new AlreadyImportedException(source.fileName(), previous.get());
        }
        ParsedProtocol protocol = parsed.protocol();
        List<String> warnings = new ArrayList<>(protocol.allWarnings());
        BoardForProtocol.Found found = BoardForProtocol.findOrCreate(r, boardName, warnings);
        Board board = found.board();
        claimNumbers(r, board, date.getYear(), protocol.paragraphs());

        Meeting meeting = new Meeting(r.meetings().nextId(), board.id(), date, null, null, null,
                minutesCase(protocol, warnings));
        r.meetings().save(meeting);
        AttendanceForProtocol.save(r, found, meeting, protocol, warnings);
        List<IndexedParagraph> documents = new ArrayList<>();
        for (ParsedParagraph p : protocol.paragraphs()) {
            ParagraphConversion.Converted converted = ParagraphConversion.convert(p, r.paragraphs().nextId(),
                    meeting.id(), board.name());
            converted.warnings().forEach(w -> warnings.add("§ " + p.number() + ": " + w));
            for (CaseNumber c : converted.caseNumbers()) {
                if (r.matters().findByCaseNumber(c).isEmpty()) {
                    r.matters().save(new Matter(c, converted.paragraph().title()));
                }
            }
            r.paragraphs().save(converted.paragraph());
            documents.add(IndexedParagraph.of(converted.paragraph(), meeting, board,
                    ParagraphStanding.NONE));
        }
        r.imports().record(new ImportRecord(source.checksum(), source.fileName(), clock.instant(), meeting.id(),
                parsed.text(), warnings));
        return new Saved(new ImportedProtocol(meeting.id(), board.name(), date, protocol.paragraphs().size(), warnings),
                documents);
    }

    /** Before the meeting is written: a clash should fail fast, with the § named, not at the database constraint. */
    private static void claimNumbers(Repositories r, Board board, int year, List<ParsedParagraph> paragraphs) {
        ParagraphSeries series = r.paragraphs().seriesOf(board.id(), year);
        for (ParsedParagraph p : paragraphs) {
            ParagraphNumber number = ParagraphConversion.number(p);
            if (series.taken().contains(number)) {
                throw new DomainException("Protokollet kan inte importeras: " + board.name() + " har redan § " + number
                        + " för " + year + ". Kanske är protokollet redan importerat från en annan fil; annars rätta "
                        + "paragrafnumren och försök igen. Inget har sparats.");
            }
            series.claim(number);
        }
    }

    private static CaseNumber minutesCase(ParsedProtocol protocol, List<String> warnings) {
        String written = protocol.minutesCaseNumber();
        if (written == null || written.isBlank()) {
            return null;
        }
        Optional<CaseNumber> parsed = protocol.parsedMinutesCaseNumber();
        if (parsed.isEmpty()) {
            warnings.add("Protokollets diarienummer \"" + written + "\" kunde inte tolkas och sparades inte.");
        }
        return parsed.orElse(null);
    }
}
