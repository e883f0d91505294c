package se.paragraf.app;

import se.paragraf.application.delegation.CompileDelegationReport;
import se.paragraf.application.delegation.ImportDelegatedDecisions;
import se.paragraf.application.delegation.ManageDelegation;
import se.paragraf.application.delegation.MarkDelegatedDecisionsReported;
import se.paragraf.application.delegation.PrintDelegationScheme;
import se.paragraf.application.delegation.RegisterDelegatedDecisions;
import se.paragraf.document.DelegationListPdf;
import se.paragraf.document.DelegationSchemePdf;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import se.paragraf.application.ArchiveOpener;
import se.paragraf.application.adjustment.AdjustMinutes;
import se.paragraf.application.adjustment.AdjustParagraph;
import se.paragraf.application.adjustment.CorrectMinutes;
import se.paragraf.application.CurrentUser;
import se.paragraf.application.adjustment.DispatchExtracts;
import se.paragraf.application.adjustment.PostNotice;
import se.paragraf.application.adjustment.SignMinutes;
import se.paragraf.application.audit.SealEarlierRecords;
import se.paragraf.application.audit.VerifyArchive;
import se.paragraf.application.audit.VerifyMeeting;
import se.paragraf.document.PdfSealStamps;
import se.paragraf.application.ArchiveUnavailableException;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.archive.DescribeArchive;
import se.paragraf.application.archive.ListMeetings;
import se.paragraf.application.bench.SyntheticArchive;
import se.paragraf.application.demo.CreateDemoArchive;
import se.paragraf.application.importing.ImportFolder;
import se.paragraf.application.importing.ImportProtocol;
import se.paragraf.application.importing.ParseProtocol;
import se.paragraf.application.importing.PreviewImport;
import se.paragraf.application.agenda.EditAgenda;
import se.paragraf.application.board.ManageBoards;
import se.paragraf.application.editing.AttachFile;
import se.paragraf.application.editing.EditParagraph;
import se.paragraf.application.editing.EditPhraseLibrary;
import se.paragraf.application.editing.NumberAttachments;
import se.paragraf.application.meeting.PlanMeeting;
import se.paragraf.application.meeting.ExportMeeting;
import se.paragraf.application.meeting.RecordAttendance;
import se.paragraf.application.meeting.ShowMeeting;
import se.paragraf.application.meeting.ValidateMeeting;
import se.paragraf.application.meeting.ShowParagraph;
import se.paragraf.application.search.ExportSearchResults;
import se.paragraf.application.search.LookupCase;
import se.paragraf.application.search.ParagraphIndex;
import se.paragraf.application.search.RebuildIndex;
import se.paragraf.application.search.ReindexParagraphs;
import se.paragraf.application.search.SaveParagraph;
import se.paragraf.application.search.SearchParagraphs;
import se.paragraf.application.document.RenderMinutes;
import se.paragraf.document.MinutesPdf;
import se.paragraf.document.NoticePdf;
import se.paragraf.document.PadesSigner;
import se.paragraf.application.plan.ManagePlans;
import se.paragraf.application.plan.LinkGoals;
import se.paragraf.application.plan.ReportFollowUp;
import se.paragraf.document.FollowUpPdf;
import se.paragraf.application.assignment.ManageAssignments;
import se.paragraf.application.assignment.ScheduleReportBack;
import se.paragraf.importing.PlanTableFiles;
import se.paragraf.document.SearchResultPdf;
import se.paragraf.importing.PdfTextExtractor;
import se.paragraf.importing.TextProtocolReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import se.paragraf.persistence.Database;
import se.paragraf.search.PendingParagraphIndex;
import se.paragraf.persistence.DatabaseException;
import se.paragraf.search.LuceneParagraphIndex;

/** The one place that wires persistence into the use cases, for the window and the CLI alike. */
public final class Composition implements ArchiveOpener {
    private static final Logger LOG = LoggerFactory.getLogger(Composition.class);
    /** The search index lives beside the database, in this sub-directory of the data directory. */
    public static final String INDEX_DIRECTORY = "index";
    /** However long the first screen takes, the index opens after this; a search meanwhile waits. */
    static final Duration INDEX_HOLD_LIMIT = Duration.ofSeconds(3);

    public static Services services(Database database, ParagraphIndex index) {
        UnitOfWork unitOfWork = database.unitOfWork();
        LookupCase lookupCase = new LookupCase(unitOfWork);
        sealAfterUpgrade(database);
        RebuildIndex rebuildIndex = new RebuildIndex(unitOfWork, index);
        ParseProtocol parseProtocol = protocolParser();
        ImportProtocol importProtocol = new ImportProtocol(unitOfWork, index);
        SaveParagraph saveParagraph = new SaveParagraph(unitOfWork, index);
        ReindexParagraphs reindex = new ReindexParagraphs(unitOfWork, index);
        ShowMeeting showMeeting = new ShowMeeting(unitOfWork);
        ValidateMeeting validateMeeting = new ValidateMeeting(unitOfWork);
        EditParagraph editParagraph = new EditParagraph(unitOfWork, saveParagraph);
        EditAgenda editAgenda = new EditAgenda(unitOfWork, saveParagraph);
        AttachFile attachFile = new AttachFile(unitOfWork);
        NumberAttachments numberAttachments = new NumberAttachments(unitOfWork, saveParagraph);
        ExportMeeting exportMeeting = new ExportMeeting(unitOfWork, showMeeting, validateMeeting);
        RenderMinutes renderMinutes = new RenderMinutes(exportMeeting, unitOfWork, new MinutesPdf(), Clock.systemDefaultZone());
        ManagePlans managePlans = new ManagePlans(unitOfWork, new PlanTableFiles(), reindex);
        VerifyMeeting verifyMeeting = new VerifyMeeting(unitOfWork, CurrentUser.os(), Clock.systemDefaultZone(),
                new PdfSealStamps());
        return new Services(
                new ListMeetings(unitOfWork),
                new DescribeArchive(unitOfWork, database.facts()),
                new CreateDemoArchive(unitOfWork, parseProtocol, importProtocol, managePlans),
                showMeeting,
                new ShowParagraph(unitOfWork),
                new SearchParagraphs(unitOfWork, lookupCase, index),
                lookupCase,
                saveParagraph,
                rebuildIndex,
                new ExportSearchResults(unitOfWork, database.facts(), new SearchResultPdf(), Clock.systemDefaultZone()),
                new SyntheticArchive(unitOfWork, rebuildIndex),
                parseProtocol,
                new PreviewImport(parseProtocol, unitOfWork),
                importProtocol,
                new ImportFolder(parseProtocol, importProtocol, unitOfWork),
                editParagraph, editAgenda,
                new RecordAttendance(unitOfWork), validateMeeting,
                exportMeeting, new ManageBoards(unitOfWork),
                new PlanMeeting(unitOfWork), new EditPhraseLibrary(unitOfWork), attachFile,
                numberAttachments,
                new ManageDelegation(unitOfWork),
                new RegisterDelegatedDecisions(unitOfWork, Clock.systemDefaultZone()),
                new ImportDelegatedDecisions(unitOfWork, Clock.systemDefaultZone()),
                new CompileDelegationReport(unitOfWork, editAgenda, editParagraph, attachFile, numberAttachments,
                        new DelegationListPdf()),
                new MarkDelegatedDecisionsReported(unitOfWork),
                new PrintDelegationScheme(unitOfWork, new DelegationSchemePdf()),
                renderMinutes,
                new AdjustMinutes(unitOfWork, reindex, CurrentUser.os(), Clock.systemDefaultZone(), renderMinutes,
                        verifyMeeting),
                new AdjustParagraph(unitOfWork, reindex, CurrentUser.os(), Clock.systemDefaultZone()),
                new CorrectMinutes(unitOfWork, CurrentUser.os(), Clock.systemDefaultZone()),
                verifyMeeting, new VerifyArchive(unitOfWork, verifyMeeting),
                new PostNotice(unitOfWork, new NoticePdf(), CurrentUser.os(), Clock.systemDefaultZone()),
                new SignMinutes(unitOfWork, new PadesSigner(), verifyMeeting, CurrentUser.os(),
                        Clock.systemDefaultZone()),
                new DispatchExtracts(unitOfWork, renderMinutes, CurrentUser.os(), Clock.systemDefaultZone()),
                managePlans,
                new ManageAssignments(unitOfWork, Clock.systemDefaultZone(), reindex),
                new ScheduleReportBack(unitOfWork, editAgenda, Clock.systemDefaultZone()),
                new LinkGoals(unitOfWork, reindex),
                new ReportFollowUp(unitOfWork, new FollowUpPdf(), Clock.systemDefaultZone()));

    }

    public static ParseProtocol protocolParser() {
        return new ParseProtocol(new TextProtocolReader(), new PdfTextExtractor());
    }

    @Override
    public ParseProtocol parseProtocol() {
        return protocolParser();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(INDEX_HOLD_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void openIndex(Path dataDirectory, Database database, CompletableFuture<LuceneParagraphIndex> opening) {
        try {
            LuceneParagraphIndex index = LuceneParagraphIndex.open(dataDirectory.resolve(INDEX_DIRECTORY));
            try {
                new RebuildIndex(database.unitOfWork(), index).ensureReady();
            } catch (RuntimeException e) {
                index.close();
                throw e;
            }
            LOG.info("Start: sökindexet är klart efter {} ms", ManagementFactory.getRuntimeMXBean().getUptime());
            opening.complete(index);
        } catch (RuntimeException e) {
            LOG.error("Sökindexet kunde inte öppnas: {}", e.getMessage(), e);
            opening.completeExceptionally(e);
        }
    }

    /** An archive from before sealed records gets its earlier justeringar sealed, once (ADR 0018). */
    private static void sealAfterUpgrade(Database database) {
        boolean beforeRecords = database.facts().upgradedFrom()
                .map(v -> v.chars().allMatch(Character::isDigit) && Integer.parseInt(v) < SEALED_RECORDS_SCHEMA)
                .orElse(false);
        if (beforeRecords) {
            int sealed = new SealEarlierRecords(database.unitOfWork(), Clock.systemDefaultZone()).sealAfterUpgrade();
            LOG.info("Arkivet uppgraderades från schemaversion {}: {} tidigare justeringar förseglades",
                    database.facts().upgradedFrom().get(), sealed);
        }
    }

    /** The schema version that brought sealed records (V7). */
    private static final int SEALED_RECORDS_SCHEMA = 7;

    @Override
    public OpenArchive open(Path dataDirectory) {
        return open(dataDirectory, new CountDownLatch(0));
    }

    /**
     * Opens the archive with the search index held back until {@code indexMayOpen} counts down (or
     * {@link #INDEX_HOLD_LIMIT} passes). On two cores the start is bound by the processor, and
     * opening the index (Lucene's classes, its checksums) competes with the first screen's query;
     * the window lets the list come first and the index a moment later.
     */
    OpenArchive open(Path dataDirectory, CountDownLatch indexMayOpen) {
        Database database;
        try {
            database = Database.openH2(dataDirectory);
        } catch (DatabaseException e) {
            throw new ArchiveUnavailableException(e.getMessage(), e);
        }
        // The database is enough for the first screens; the index (checksums, a rebuild if it is
        // missing or stale) is made ready meanwhile, and whatever needs it waits for it.
        CompletableFuture<LuceneParagraphIndex> indexOpening = new CompletableFuture<>();
        PendingParagraphIndex index = new PendingParagraphIndex(indexOpening);
        Services services = services(database, index);
        Thread indexThread = new Thread(() -> {
            awaitQuietly(indexMayOpen);
            openIndex(dataDirectory, database, indexOpening);
        }, "paragraf-sokindex");
        indexThread.setDaemon(true);
        indexThread.start();
        return new OpenArchive() {
            @Override
            public Services services() {
                return services;
            }

            @Override
            public String location() {
                return database.facts().location();
            }

            @Override
            public void close() {
                index.close();
                database.close();
            }
        };
    }
}
