package se.paragraf.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.paragraf.application.OpenArchive;
import se.paragraf.domain.adjustment.SignerRole;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;

/** {@code paragraf sign}: one PAdES signature on a PDF/A, as an incremental update. */
@Command(name = "sign", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Signera ett protokoll (PDF/A) digitalt vid justering, en underskrift per körning. "
                + "Tidigare underskrifter förblir giltiga.")
final class SignCommand extends ArchiveCommand {
    @Option(names = "--pdf", required = true, paramLabel = "FIL", description = "Protokollet som ska signeras.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FIL", description = "Den signerade filen (får vara samma som --pdf).")
    Path out;

    @Option(names = "--p12", required = true, paramLabel = "FIL", description = "Nyckelfilen (PKCS#12, .p12/.pfx).")
    Path p12;

    @Option(names = "--password-file", required = true, paramLabel = "FIL",
            description = "Fil med nyckelfilens lösenord på första raden (hålls borta från kommandoraden).")
    Path passwordFile;

    @Option(names = "--role", required = true, paramLabel = "ROLL", description = "ordförande, justerare eller sekreterare.")
    String role;

    @Option(names = "--meeting", paramLabel = "ID", description = "Sammanträdet: registrera underskriften och filens SHA-256.")
    Long meeting;

    @Option(names = "--location", paramLabel = "ORT", description = "Var underskriften görs, t.ex. Härnösand.")
    String location;

    @Override
    int run(OpenArchive archive, PrintWriter out) throws Exception {
        if (!Files.isRegularFile(passwordFile)) {
            throw new DomainException("Lösenordsfilen " + passwordFile + " finns inte. Kontrollera sökvägen.");
        }
        String firstLine = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        char[] password = firstLine.toCharArray();
        try {
            var signed = archive.services().signMinutes().signPdf(in, this.out, p12, password, SignerRole.parse(role),
                    location, meeting == null ? null : new MeetingId(meeting));
            out.println("Signerat av " + signed.signerName() + " (" + SignerRole.parse(role).swedish() + "): "
                    + this.out);
        } finally {
            Arrays.fill(password, '\0');
        }
        return 0;
    }
}
