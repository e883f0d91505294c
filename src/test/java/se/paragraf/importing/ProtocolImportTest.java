package se.paragraf.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.Services;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.importing.AlreadyImportedException;
import se.paragraf.application.importing.ImportProgress;
import se.paragraf.application.importing.ImportRecord;
import se.paragraf.application.importing.ImportSummary;
import se.paragraf.application.importing.ImportedProtocol;
import se.paragraf.application.importing.ParsedParagraph;
import se.paragraf.application.importing.ParsedProtocol;
import se.paragraf.application.importing.ParsedSource;
import se.paragraf.application.importing.ProtocolSource;
import se.paragraf.application.search.SearchQuery;
import se.paragraf.application.search.SearchResults;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.board.Membership;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.board.Term;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.matter.Matter;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.AttendanceKind;
import se.paragraf.domain.meeting.Attendee;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingOfficers;
import se.paragraf.domain.meeting.OtherPresent;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.Preparation;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.persistence.Database;
import se.paragraf.search.LuceneParagraphIndex;

/** Saving parsed protocols into a real H2 archive: the seed, Högsby, duplicates, clashes, folders, corrections. */
class ProtocolImportTest {
    private static final Path SHARED = Path.of("..", "shared");
    private static final Path SEED = SHARED.resolve("seeds/003_e2d92784432a1afb.txt");
    private static final Path HOGSBY = SHARED.resolve("fixtures/hogsby-ks-2007-01-08.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private Database database;
    private LuceneParagraphIndex index;
    private Services services;
    private UnitOfWork unitOfWork;

    @BeforeEach
    void open() {
        database = Database.openH2(dataDir.resolve("archive"));
        index = LuceneParagraphIndex.open(dataDir.resolve("archive").resolve(Composition.INDEX_DIRECTORY));
        services = Composition.services(database, index);
        unitOfWork = database.unitOfWork();
    }

    @AfterEach
    void close() {
        index.close();
        database.close();
    }

    @Test
    void seedProtocolIsSavedWithEveryExpectedParagraph() throws IOException {
        ImportedProtocol result = services.importProtocol().save(parse(SEED));
        JsonNode expected = JSON.readTree(SHARED.resolve("fixtures/003_e2d92784432a1afb.expected.json").toFile());

        assertThat(result.board()).isEqualTo("Regionstyrelsen");
        assertThat(result.date()).isEqualTo(LocalDate.of(2025, 5, 20));
        Meeting meeting = unitOfWork.transaction(r -> r.meetings().findById(result.meeting())).orElseThrow();
        assertThat(meeting.minutesCaseNumber()).isEqualTo(CaseNumber.parse("25RS1"));
        Board board = unitOfWork.transaction(r -> r.boards().findById(meeting.board())).orElseThrow();
        assertThat(board.kind()).isEqualTo(BoardKind.EXECUTIVE_BOARD);

        List<Paragraph> paragraphs = unitOfWork.transaction(r -> r.paragraphs().findByMeeting(result.meeting()));
        JsonNode expectedParagraphs = expected.get("paragraphs");
        assertThat(paragraphs).hasSize(40).hasSize(expectedParagraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            JsonNode e = expectedParagraphs.get(i);
            Paragraph p = paragraphs.get(i);
            String at = "§ " + e.get("number").asText();
            assertThat(p.number()).as(at).isEqualTo(ParagraphNumber.of(e.get("number").asInt()));
            assertThat(p.title()).as(at + " title").isEqualTo(e.get("title").asText());
            assertThat(p.caseNumbers()).as(at + " dnr")
                    .isEqualTo(strings(e.get("dnr")).stream().map(CaseNumber::parse).toList());
            assertThat(p.decision().clauseCount()).as(at + " att-satser").isEqualTo(e.get("attSatser").asInt());
            assertThat(p.attachments()).as(at + " bilagor").extracting(a -> a.label())
                    .isEqualTo(strings(e.get("bilagor")));
            List<String> preparations = strings(e.get("beredning"));
            assertThat(p.preparations()).as(at + " beredning").hasSameSizeAs(preparations);
            for (int k = 0; k < preparations.size(); k++) {
                Preparation prep = p.preparations().get(k);
                assertThat(preparations.get(k)).as(at + " beredning").containsIgnoringCase(prep.boardName())
                        .contains(prep.paragraph() == null ? "" : "§ " + prep.paragraph());
            }
            assertThat(p.recipients()).as(at + " delges").extracting(rec -> rec.name())
                    .isEqualTo(strings(e.get("delges")));
            assertThat(p.immediateAdjustment()).as(at + " omedelbart justerad")
                    .isEqualTo(e.get("omedelbartJusterad").asBoolean());
        }
        Paragraph p98 = paragraphs.get(2);
        assertThat(p98.responsibleOfficial()).isEqualTo("Lena Lindgren");
        assertThat(p98.caseOfficer()).isEqualTo("Karin Nyman");
        assertThat(p98.attachments().get(0).title()).isEqualTo("Följebrev från Regionens revisorer Skydd mot välfärdsbrott");
        assertThat(p98.preparations().get(0))
                .isEqualTo(new Preparation("Finansutskottet", LocalDate.of(2025, 5, 7), ParagraphNumber.of(71), null));
        assertThat(p98.sections()).extracting(s -> s.heading()).contains("Ärendebeskrivning", "Bakgrund");
        Optional<Matter> matter = unitOfWork.transaction(r -> r.matters().findByCaseNumber(CaseNumber.parse("RS 2025/1523")));
        assertThat(matter).hasValueSatisfying(m -> assertThat(m.title()).isEqualTo(p98.title()));
        Optional<ImportRecord> record = unitOfWork.transaction(
                r -> r.imports().findByChecksum(ProtocolSource.read(SEED).checksum()));
        assertThat(record).hasValueSatisfying(rec -> {
                    assertThat(rec.meeting()).isEqualTo(result.meeting());
                    assertThat(rec.fileName()).isEqualTo(SEED.getFileName().toString());
                    assertThat(rec.sourceText()).contains("§ 98 Svar på revisionsrapport");
                    assertThat(rec.warnings()).isEqualTo(result.warnings());
                });
    }

    @Test
    void importedParagraphsAreFindableAtOnce() {
        ImportedProtocol result = services.importProtocol().save(parse(SEED));

        assertThat(index.documentCount()).isEqualTo(40);
        SearchResults found = services.searchParagraphs().search(SearchQuery.of("välfärdsbrott"));
        assertThat(found.hits()).isNotEmpty();
        assertThat(found.hits().get(0).meeting()).isEqualTo(result.meeting());
        SearchResults byCase = services.searchParagraphs().search(SearchQuery.of("25RS1524"));
        assertThat(byCase.hits()).extracting(h -> h.boardName()).containsOnly("Regionstyrelsen");
        assertThat(byCase.totalHits()).isPositive();
    }

    @Test
    void hogsbyImportsThirteenParagraphsWithInsertedNumbers() throws IOException {
        ImportedProtocol result = services.importProtocol().save(parse(HOGSBY));

        assertThat(result.board()).isEqualTo("Kommunstyrelsen");
        List<Paragraph> paragraphs = unitOfWork.transaction(r -> r.paragraphs().findByMeeting(result.meeting()));
        assertThat(paragraphs).extracting(p -> p.number().toString())
                .containsExactly("1", "2", "3 a", "3 b", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        assertThat(paragraphs.get(2).title()).isNotBlank();
    }

    @Test
    void hogsbyCoverPageBecomesTheMeetingsAttendanceAndOfficers() {
        ImportedProtocol result = services.importProtocol().save(parse(HOGSBY));

        Attendance attendance = unitOfWork.transaction(r -> r.attendance().findByMeeting(result.meeting())).orElseThrow();
        Map<MemberId, Member> members = members(attendance);
        List<Attendee> serving = attendance.attendees().stream().filter(a -> a.kind() == AttendanceKind.SERVING).toList();
        assertThat(serving).hasSize(11);
        Attendee first = serving.get(0);
        assertThat(members.get(first.member())).isEqualTo(new Member(first.member(), "Ewa Engdahl", "c"));
        assertThat(first.role()).isEqualTo(MembershipRole.CHAIR);
        assertThat(serving.subList(1, 11)).extracting(Attendee::role).containsOnly(MembershipRole.MEMBER);
        assertThat(attendance.attendees()).filteredOn(a -> a.kind() == AttendanceKind.PRESENT_NOT_SERVING)
                .extracting(a -> members.get(a.member()).name())
                .containsExactly("Marita Björkvall", "Ingemar Svanström", "Stefan Carlsson", "Raymond Asp");
        assertThat(attendance.othersPresent()).containsExactly(new OtherPresent("Anders Svensson", "Ekonomichef"),
                new OtherPresent("Hans Bohlin", "Räddningschef"));
        MeetingOfficers officers = attendance.officers();
        assertThat(officers.chair()).isEqualTo(first.member());
        assertThat(officers.secretary()).isEqualTo("Anders Svensson");
        assertThat(officers.adjusters()).extracting(a -> members.get(a.member()).name())
                .containsExactly("Patrik Köhler", "Nedzad Talovic");
        Meeting meeting = unitOfWork.transaction(r -> r.meetings().findById(result.meeting())).orElseThrow();
        Board board = unitOfWork.transaction(r -> r.boards().findById(meeting.board())).orElseThrow();
        assertThat(board.adjusterCount()).as("a board new with the import takes the protocol's count").isEqualTo(2);
        List<Membership> roll = unitOfWork.transaction(r -> r.members().membershipsOf(board.id()));
        assertThat(roll).hasSize(15).extracting(Membership::term)
                .containsOnly(new Term(LocalDate.of(2007, 1, 1), LocalDate.of(2010, 12, 31)));
        assertThat(roll).filteredOn(m -> m.role() == MembershipRole.SUBSTITUTE).extracting(Membership::substituteOrder)
                .containsExactly(1, 2, 3, 4);
    }

    @Test
    void aSecondProtocolOfTheSameBoardReusesItsMembers() throws IOException {
        services.importProtocol().save(parse(HOGSBY));
        byte[] later = Files.readString(HOGSBY).replace("2007-01-08", "2008-01-14")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ImportedProtocol second = services.importProtocol().save(
                services.parseProtocol().parse(ProtocolSource.of("hogsby-2008.txt", later)));

        assertThat(second.date()).isEqualTo(LocalDate.of(2008, 1, 14));
        assertThat(meetings()).isEqualTo(2);
        Attendance attendance = unitOfWork.transaction(r -> r.attendance().findByMeeting(second.meeting())).orElseThrow();
        assertThat(attendance.attendees()).hasSize(15);
        Meeting meeting = unitOfWork.transaction(r -> r.meetings().findById(second.meeting())).orElseThrow();
        List<Membership> roll = unitOfWork.transaction(r -> r.members().membershipsOf(meeting.board()));
        assertThat(roll).hasSize(15);
        assertThat(members(attendance).values()).extracting(Member::name).doesNotHaveDuplicates().hasSize(15);
        assertThat(second.warnings()).noneMatch(w -> w.contains("Närvaro") || w.contains("Justeraren"));
    }

    @Test
    void aProtocolWithoutCoverPageRecordsNoAttendance() {
        ImportedProtocol result = services.importProtocol().save(parse(SEED));

        Optional<Attendance> attendance = unitOfWork.transaction(r -> r.attendance().findByMeeting(result.meeting()));
        assertThat(attendance).isEmpty();
        Meeting meeting = unitOfWork.transaction(r -> r.meetings().findById(result.meeting())).orElseThrow();
        List<Membership> roll = unitOfWork.transaction(r -> r.members().membershipsOf(meeting.board()));
        assertThat(roll).isEmpty();
    }

    private Map<MemberId, Member> members(Attendance attendance) {
        return unitOfWork.transaction(r -> {
            Map<MemberId, Member> out = new HashMap<>();
            attendance.attendees().forEach(a -> out.put(a.member(), r.members().findById(a.member()).orElseThrow()));
            return out;
        });
    }

    @Test
    void theSameFileTwiceIsADetectedDuplicate() throws IOException {
        ParsedSource seed = parse(SEED);
        services.importProtocol().save(seed);
        long paragraphs = count();

        assertThat(services.previewImport().preview(ProtocolSource.read(SEED)).alreadyImported()).isTrue();
        assertThatThrownBy(() -> services.importProtocol().save(parse(SEED)))
                .isInstanceOf(AlreadyImportedException.class).hasMessageContaining("redan importerad");
        assertThat(count()).isEqualTo(paragraphs);
        assertThat(meetings()).isEqualTo(1);
        assertThat(imports()).isEqualTo(1);
    }

    @Test
    void aParagraphNumberClashIsRefusedInSwedishAndNothingIsSaved() throws IOException {
        unitOfWork.run(r -> {
            Board board = Board.of(r.boards().nextId(), "Regionstyrelsen", BoardKind.EXECUTIVE_BOARD);
            r.boards().save(board);
            Meeting june = new Meeting(r.meetings().nextId(), board.id(), LocalDate.of(2025, 6, 17), null, null, null, null);
            r.meetings().save(june);
            r.paragraphs().save(Paragraph.draft(r.paragraphs().nextId(), june.id(), ParagraphNumber.of(135), "Redan här"));
        });

        assertThatThrownBy(() -> services.importProtocol().save(parse(SEED)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Regionstyrelsen har redan § 135 för 2025")
                .hasMessageContaining("Inget har sparats");
        assertThat(count()).isEqualTo(1);
        assertThat(meetings()).isEqualTo(1);
        assertThat(matters()).isZero();
        assertThat(imports()).isZero();
        assertThat(services.previewImport().preview(ProtocolSource.read(SEED)).alreadyImported()).isFalse();
    }

    @Test
    void folderImportSkipsDuplicatesAndGoesOnAfterAFailure() throws IOException {
        services.importProtocol().save(parse(HOGSBY));
        Path folder = Files.createDirectories(dataDir.resolve("protokoll"));
        Files.copy(SEED, folder.resolve("a-regionstyrelsen.txt"));
        Files.copy(HOGSBY, folder.resolve("b-hogsby-igen.txt"));
        Files.writeString(folder.resolve("c-skrap.txt"), "Inköpslista: mjölk, bröd och ost.\n");
        Files.writeString(folder.resolve("d-ignoreras.docx"), "inte ett protokoll");
        List<String> progress = new ArrayList<>();

        ImportSummary summary = services.importFolder().importFolder(folder,
                (done, total, file) -> progress.add(done + "/" + total + " " + file));

        assertThat(summary.imported()).extracting(ImportSummary.ImportedFile::fileName)
                .containsExactly("a-regionstyrelsen.txt");
        assertThat(summary.duplicates()).containsExactly("b-hogsby-igen.txt");
        assertThat(summary.failed()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("c-skrap.txt");
            assertThat(f.reason()).contains("inga paragrafer");
        });
        assertThat(summary.warnings()).isEqualTo(summary.imported().get(0).protocol().warnings().size());
        assertThat(progress).containsExactly("0/3 a-regionstyrelsen.txt", "1/3 b-hogsby-igen.txt",
                "2/3 c-skrap.txt", "3/3 null");
        assertThat(count()).isEqualTo(13 + 40);
        assertThat(index.documentCount()).as("the batch is indexed when it ends").isEqualTo(13 + 40);
    }

    @Test
    void aCorrectedProtocolIsSavedAsCorrected() throws IOException {
        ParsedSource parsed = parse(SEED);
        ParsedProtocol p = parsed.protocol();
        List<ParsedParagraph> corrected = new ArrayList<>(p.paragraphs());
        corrected.set(2, corrected.get(2).withTitle("Svar på revisionsrapport om välfärdsbrott"));
        ParsedProtocol fixed = new ParsedProtocol(p.organization(), p.board(), p.meetingDate(), p.placeAndTime(),
                p.minutesCaseNumber(), p.attendance(), p.adjusters(), p.secretary(), p.signatories(), corrected,
                p.warnings());

        ImportedProtocol result = services.importProtocol().save(parsed.withProtocol(fixed));

        List<Paragraph> saved = unitOfWork.transaction(r -> r.paragraphs().findByMeeting(result.meeting()));
        assertThat(saved.get(2).number()).isEqualTo(ParagraphNumber.of(98));
        assertThat(saved.get(2).title()).isEqualTo("Svar på revisionsrapport om välfärdsbrott");
    }

    @Test
    void anUnreadableCaseNumberBecomesAWarningNotAFailure() throws IOException {
        ParsedSource parsed = parse(HOGSBY);
        ParsedProtocol p = parsed.protocol();
        List<ParsedParagraph> paragraphs = new ArrayList<>(p.paragraphs());
        ParsedParagraph first = paragraphs.get(0);
        paragraphs.set(0, new ParsedParagraph(first.number(), first.title(), List.of("KNSLI/20014197", "25RS1523"),
                null, null, first.formula(), first.clauses(), first.decisionBlocks(), first.decisionText(),
                first.sections(), first.attachments(), List.of("Kommunstyrelsens arbetsutskott"), first.recipients(),
                first.motions(), first.votes(), first.recordedStatements(), first.dissents(),
                first.immediateAdjustment(), first.secrecy(), first.warnings()));
        ParsedProtocol changed = new ParsedProtocol(p.organization(), p.board(), p.meetingDate(), p.placeAndTime(),
                p.minutesCaseNumber(), p.attendance(), p.adjusters(), p.secretary(), p.signatories(), paragraphs,
                p.warnings());

        ImportedProtocol result = services.importProtocol().save(parsed.withProtocol(changed));

        assertThat(result.warnings()).anyMatch(w -> w.startsWith("§ 1: Diarienumret \"KNSLI/20014197\""))
                .anyMatch(w -> w.startsWith("§ 1: Beredningen \"Kommunstyrelsens arbetsutskott\""));
        Paragraph saved = unitOfWork.transaction(r -> r.paragraphs().findByMeeting(result.meeting())).get(0);
        assertThat(saved.caseNumbers()).containsExactly(CaseNumber.parse("25RS1523"));
        assertThat(saved.preparations()).isEmpty();
        ImportRecord record = unitOfWork.transaction(r -> r.imports().findByChecksum(parsed.source().checksum()))
                .orElseThrow();
        assertThat(record.warnings()).isEqualTo(result.warnings());
    }

    @Test
    void pdfIsRecognisedByItsContentAndLegacyTextByItsEncoding() throws IOException {
        byte[] pdf = PdfTextExtractorTest.pdf(List.of(List.of("Socialnämnden", "Sammanträdesdatum 2024-02-01", "",
                "§ 1 Val av justerare", "", "Socialnämnden beslutar", "", "att utse Åsa Ek att justera protokollet.")));
        byte[] legacy = ("Miljönämnden\nSammanträdesdatum 2024-03-01\n\n§ 7 Tillsyn av förskolor\n\n"
                + "Miljönämnden beslutar\n\natt godkänna rapporten.\n").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Path folder = Files.createDirectories(dataDir.resolve("blandat"));
        Files.write(folder.resolve("felnamnad.txt"), pdf);
        Files.write(folder.resolve("gammal.txt"), legacy);

        ImportSummary summary = services.importFolder().importFolder(folder, ImportProgress.NONE);

        assertThat(summary.failed()).isEmpty();
        assertThat(summary.imported()).extracting(f -> f.protocol().board()).containsExactly("Socialnämnden", "Miljönämnden");
        List<Board> boards = unitOfWork.transaction(r -> r.boards().findAll());
        assertThat(boards).extracting(Board::kind).containsOnly(BoardKind.BOARD);
        Paragraph p7 = unitOfWork.transaction(r -> r.paragraphs().findByMeeting(summary.imported().get(1).protocol().meeting()))
                .get(0);
        assertThat(p7.title()).isEqualTo("Tillsyn av förskolor");
    }

    @Test
    void aCommitteeGoesUnderTheOnlyExecutiveBoard() throws IOException {
        services.createDemoArchive().create();
        byte[] text = ("Arbetsutskottet\nSammanträdesdatum 2024-03-01\n\n§ 7 Budget\n\n"
                + "Arbetsutskottet beslutar\n\natt godkänna budgeten.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ImportedProtocol result = services.importProtocol().save(services.parseProtocol().parse(ProtocolSource.of("au.txt", text)));

        Board committee = unitOfWork.transaction(r -> r.boards().findByName(result.board())).orElseThrow();
        assertThat(committee.kind()).isEqualTo(BoardKind.COMMITTEE);
        assertThat(unitOfWork.transaction(r -> r.boards().findById(committee.parent())).orElseThrow().name())
                .isEqualTo("Regionstyrelsen");
    }

    @Test
    void demoArchiveIsTheSeedProtocolImported() {
        services.createDemoArchive().create();

        assertThat(count()).isEqualTo(40);
        assertThat(index.documentCount()).isEqualTo(40);
        List<Board> boards = unitOfWork.transaction(r -> r.boards().findAll());
        assertThat(boards).extracting(Board::name).containsExactly("Finansutskottet", "Regionstyrelsen");
        assertThat(boards.get(0).kind()).isEqualTo(BoardKind.COMMITTEE);
        List<Membership> members = unitOfWork.transaction(r -> r.members().membershipsOf(boards.get(1).id()));
        assertThat(members).hasSize(5);
        assertThat(imports()).isEqualTo(1);
        assertThat(services.listMeetings().all().get(1).meetings()).singleElement()
                .satisfies(m -> assertThat(m.paragraphRange()).hasValue("§§ 96–135"));
    }

    private ParsedSource parse(Path file) {
        return services.parseProtocol().parse(ProtocolSource.read(file));
    }

    private long meetings() {
        return unitOfWork.transaction(r -> r.meetings().count());
    }

    private long imports() {
        return unitOfWork.transaction(r -> r.imports().count());
    }

    private long matters() {
        return unitOfWork.transaction(r -> r.matters().count());
    }

    private long count() {
        return unitOfWork.transaction(r -> r.paragraphs().count());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
