package se.paragraf.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.audit.ArchiveVerification;
import se.paragraf.application.audit.Verification;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;

/** {@code paragraf verify}: the meeting's audit chain and, optionally, a protocol file against its stored SHA-256. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Kontrollera att sammanträdets förseglade poster stämmer med dagens rader, att "
                + "granskningskedjan är hel och, med --pdf, att filen är det registrerade protokollet. --all "
                + "kontrollerar hela arkivet. Avslutar med kod 1 om något inte stämmer.")
final class VerifyCommand extends ArchiveCommand {
    /** Exit code when the check finds a mismatch. */
    static final int MISMATCH = 1;

    @Option(names = "--meeting", paramLabel = "ID", description = "Sammanträdets id (se meeting list).")
    Long meeting;

    @Option(names = "--all", description = "Kontrollera hela arkivet: varje förseglad post mot dagens rader.")
    boolean all;

    @Option(names = "--pdf", paramLabel = "FIL", description = "Protokollfilen att jämföra med den registrerade.")
    Path pdf;

    @Override
    int run(OpenArchive archive, PrintWriter out) throws Exception {
        if (all == (meeting != null)) {
            throw new DomainException("Ange antingen --meeting ID eller --all.");
        }
        if (all) {
            if (pdf != null) {
                throw new DomainException("--pdf gäller ett sammanträde: ange --meeting i stället för --all.");
            }
            ArchiveVerification v = archive.services().verifyArchive().verifyAll();
            if (!v.isValid()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("Kontrollen av arkivet misslyckades (" + v.problems().size() + " fel):");
                v.problems().forEach(p -> err.println("  " + p));
                err.flush();
                return MISMATCH;
            }
            out.println("Arkivet stämmer: " + v.records() + " förseglade poster i " + v.meetings()
                    + " sammanträden stämmer med dagens rader.");
            return 0;
        }
        MeetingId id = MeetingIds.of(meeting);
        byte[] bytes = null;
        if (pdf != null) {
            if (!Files.isRegularFile(pdf)) {
                throw new DomainException("Filen " + pdf + " finns inte. Kontrollera sökvägen.");
            }
            bytes = Files.readAllBytes(pdf);
        }
        Verification v = archive.services().verifyMeeting().verify(id,
                pdf == null ? null : pdf.getFileName().toString(), bytes);
        if (!v.isValid()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("Kontrollen av sammanträde " + meeting + " misslyckades:");
            v.problems().forEach(p -> err.println("  " + p));
            err.flush();
            return MISMATCH;
        }
        out.println("Sammanträde " + meeting + " stämmer: de förseglade posterna stämmer med dagens rader och "
                + "granskningskedjan är hel (" + v.entries() + " poster).");
        if (v.matchedDocument() != null) {
            out.println(pdf.getFileName() + " är det registrerade dokumentet (" + v.matchedDocument().kind()
                    + ", registrerat " + v.matchedDocument().recordedAt() + " av " + v.matchedDocument().user() + ").");
        }
        return 0;
    }
}
