package se.paragraf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.paragraf.application.ArchiveOpener;
import se.paragraf.application.ArchiveUnavailableException;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.archive.ArchiveInfo;
import se.paragraf.application.importing.ImportException;
import se.paragraf.application.importing.ParseProtocol;
import se.paragraf.domain.shared.DomainException;

/**
 * {@code paragraf}: with no subcommand it starts the window; with one it works headless.
 * Data goes to stdout, messages for the user to stderr, both in Swedish.
 */
@Command(name = "paragraf", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true, resourceBundle = "se.paragraf.cli.Usage",
        description = "Paragraf – protokoll, beslut och diarienummer för nämndsekreterare.",
        subcommands = {CaseNumberCommand.class, DbCommand.class, DemoCommand.class, ImportCommand.class,
            SearchCommand.class, IndexCommand.class, BenchCommand.class, MeetingCommand.class,
            DelegationCommand.class, PdfCommand.class,
            DeadlineCommand.class, MinutesCommand.class, VerifyCommand.class, SignCommand.class,
            AssignmentsCommand.class, PlanCommand.class, ParagraphCommand.class})
public final class ParagrafCommand implements Callable<Integer> {
    /** Exit code for input the user must correct, as opposed to 1 for failures. */
    public static final int INVALID_INPUT = 2;

    private final ArchiveOpener opener;
    private final GuiStarter gui;
    private final Function<Path, Path> dataDirResolver;

    @Option(names = "--data-dir", paramLabel = "KATALOG", description = "Arkivets katalog.")
    Path dataDir;

    @Option(names = "--smoke", description = "Öppna och migrera arkivet, skriv ut dess version och avsluta utan fönster.")
    boolean smoke;

    @Spec
    CommandSpec spec;

    public ParagrafCommand(ArchiveOpener opener, GuiStarter gui, Function<Path, Path> dataDirResolver) {
        this.opener = opener;
        this.gui = gui;
        this.dataDirResolver = dataDirResolver;
    }

    /** Runs the command line and returns the process exit code. */
    public static int execute(ArchiveOpener opener, GuiStarter gui, Function<Path, Path> dataDirResolver,
                              PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new ParagrafCommand(opener, gui, dataDirResolver));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            if (!(e instanceof DomainException || e instanceof ImportException)) {
                org.slf4j.LoggerFactory.getLogger(ParagrafCommand.class).info("Kommandot misslyckades", e);
            }
            cl.getErr().println(swedishMessage(e));
            cl.getErr().flush();
            return e instanceof DomainException || e instanceof ImportException ? INVALID_INPUT : 1;
        });
        commandLine.setParameterExceptionHandler((e, args1) -> {
            e.getCommandLine().getErr().println("Felaktigt kommando: " + e.getMessage());
            e.getCommandLine().getErr().println("Skriv paragraf --help för hjälp.");
            return INVALID_INPUT;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String swedishMessage(Exception e) {
        if (e instanceof DomainException || e instanceof ArchiveUnavailableException || e instanceof ImportException) {
            return e.getMessage();
        }
        return "Ett oväntat fel inträffade: " + e + ". Se loggfilen i arkivets katalog.";
    }

    OpenArchive openArchive(Path requested) {
        return opener.open(resolve(requested));
    }

    ParseProtocol protocolParser() {
        return opener.parseProtocol();
    }

    private Path resolve(Path requested) {
        return dataDirResolver.apply(requested != null ? requested : dataDir);
    }

    @Override
    public Integer call() {
        if (smoke) {
            try (OpenArchive archive = openArchive(null)) {
                ArchiveInfo info = archive.services().describeArchive().describe();
                spec.commandLine().getOut().printf("Paragraf %s: arkivet i %s är öppet, schemaversion %s.%n",
                        Version.current(), info.location(), info.schemaVersion());
            }
            return 0;
        }
        gui.start(resolve(null));
        return 0;
    }
}
