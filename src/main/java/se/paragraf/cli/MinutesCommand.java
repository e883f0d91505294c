package se.paragraf.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.domain.adjustment.LifecycleDeadlines;
import se.paragraf.domain.adjustment.MinutesLifecycle;
import se.paragraf.domain.adjustment.NoticeFacts;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;

/** The protocol's legal path from the command line: status and deadlines, klar för justering, justering, rättelse. */
@Command(name = "minutes", description = "Protokollets väg: status, justering och rättelser.",
        mixinStandardHelpOptions = true, subcommands = {MinutesCommand.Status.class, MinutesCommand.Ready.class,
            MinutesCommand.Adjust.class, MinutesCommand.Correct.class, MinutesCommand.Register.class, MinutesCommand.Copy.class,
            MinutesCommand.Post.class, MinutesCommand.TakeDown.class})
final class MinutesCommand {

    abstract static class OnMeeting extends ArchiveCommand {
        @Option(names = "--meeting", required = true, paramLabel = "ID", description = "Sammanträdets id (se meeting list).")
        long meeting;

        /** The day a step is recorded for: the --date given, else today, as the secretary records it at once. */
        static LocalDate orToday(LocalDate date) {
            return date == null ? LocalDate.now() : date;
        }

        MeetingId meetingId() {
            return MeetingIds.of(meeting);
        }

        static void print(MinutesLifecycle l, PrintWriter out) {
            LifecycleDeadlines d = l.deadlines();
            out.println("status: " + l.status() + " (" + MinutesLifecycle.describe(l.status()) + ")");
            out.println("justeras senast: " + d.adjustBy());
            if (l.adjustedOn() != null) {
                out.println("justerat: " + l.adjustedOn());
                out.println("anslås senast: " + d.postBy());
            }
            // The recorded anslag, as the notice, the minutes and the extracts print it.
            NoticeFacts.recorded(l).ifPresent(n -> {
                out.println("anslaget: " + n.postedOn());
                out.println("sista dag för överklagande: " + n.lastDayOfAppeal());
                out.println("anslaget tas ned: " + n.takeDownOn());
                out.println("förvaringsplats: " + n.keptAt());
            });
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Visa protokollets status och tidsfrister.")
    static final class Status extends OnMeeting {
        @Override
        int run(OpenArchive archive, PrintWriter out) {
            print(archive.services().adjustMinutes().lifecycle(meetingId()), out);
            return 0;
        }
    }

    /** A step of the lifecycle recorded for a day (--date, else today), printed as the new status. */
    abstract static class DatedStep extends OnMeeting {
        @Option(names = "--date", paramLabel = "ÅÅÅÅ-MM-DD", description = "Dagen steget gäller (standard: i dag).")
        LocalDate date;

        abstract MinutesLifecycle take(Services services, MeetingId meeting, LocalDate on);

        @Override
        int run(OpenArchive archive, PrintWriter out) {
            print(take(archive.services(), meetingId(), orToday(date)), out);
            return 0;
        }
    }

    @Command(name = "ready", mixinStandardHelpOptions = true, description = "Markera protokollet klart för justering.")
    static final class Ready extends DatedStep {
        @Override
        MinutesLifecycle take(Services services, MeetingId meeting, LocalDate on) {
            return services.adjustMinutes().readyForAdjustment(meeting, on);
        }
    }

    @Command(name = "adjust", mixinStandardHelpOptions = true,
            description = "Registrera att protokollet är justerat. Därefter kan det inte ändras.")
    static final class Adjust extends DatedStep {
        @Option(names = "--signed-by", paramLabel = "NAMN", description = "Vem som skrev under på papper: "
                + "ordföranden först, sedan justerarna (upprepa). Standard: de digitala underskrifterna, annars "
                + "sammanträdets ordförande och justerare.")
        java.util.List<String> signedBy = new java.util.ArrayList<>();

        @Override
        MinutesLifecycle take(Services services, MeetingId meeting, LocalDate on) {
            return services.adjustMinutes().adjust(meeting, on, signedBy);
        }
    }

    @Command(name = "correct", mixinStandardHelpOptions = true,
            description = "Skriv en rättelse i ett justerat protokoll; originalet står kvar.")
    static final class Correct extends OnMeeting {
        @Option(names = "--paragraph-id", paramLabel = "ID", description = "Paragrafens id (utelämna för hela protokollet).")
        Long paragraph;

        @Option(names = "--paragraph", paramLabel = "NUMMER",
                description = "Paragrafens nummer i sammanträdet, t.ex. 98 (i stället för --paragraph-id).")
        String paragraphNumber;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Varför rättelsen behövs.")
        String reason;

        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "Rättelsen.")
        String text;

        @Override
        int run(OpenArchive archive, PrintWriter out) {
            if (paragraph != null && paragraphNumber != null) {
                throw new DomainException("Ange antingen --paragraph eller --paragraph-id, inte båda.");
            }
            var corrections = archive.services().correctMinutes();
            var c = paragraph != null
                    ? corrections.correct(meetingId(), new se.paragraf.domain.paragraph.ParagraphId(paragraph), reason,
                            text)
                    : corrections.correctNumbered(meetingId(), paragraphNumber, reason, text);
            out.println("Rättelse " + c.id() + " sparad " + c.madeAt() + " av " + c.madeBy() + ".");
            return 0;
        }

    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Registrera SHA-256 för det justerade protokollet, så att paragraf verify --pdf kan "
                    + "kontrollera filen senare.")
    static final class Register extends OnMeeting {
        @Option(names = "--pdf", required = true, paramLabel = "FIL", description = "Protokollfilen.")
        java.nio.file.Path pdf;

        @Option(names = "--kind", defaultValue = "MINUTES", paramLabel = "SLAG",
                description = "MINUTES, SIGNED_MINUTES, NOTICE eller EXTRACT (standard: MINUTES).")
        se.paragraf.domain.audit.RegisteredDocument.Kind kind;

        @Override
        int run(OpenArchive archive, PrintWriter out) throws java.io.IOException {
            if (!java.nio.file.Files.isRegularFile(pdf)) {
                throw new DomainException("Filen " + pdf + " finns inte. Kontrollera sökvägen.");
            }
            var d = archive.services().verifyMeeting().register(meetingId(), kind, pdf.getFileName().toString(),
                    java.nio.file.Files.readAllBytes(pdf));
            out.println(d.sha256());
            return 0;
        }
    }

    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = "Skriv ut ett registrerat dokument precis som arkivet förvarar det, till exempel "
                    + "protokollet som det såg ut vid justeringen.")
    static final class Copy extends OnMeeting {
        @Option(names = "--kind", defaultValue = "MINUTES", paramLabel = "SLAG",
                description = "MINUTES, SIGNED_MINUTES, NOTICE eller EXTRACT (standard: MINUTES).")
        se.paragraf.domain.audit.RegisteredDocument.Kind kind;

        @Option(names = "--out", required = true, paramLabel = "FIL", description = "Filen att skriva.")
        java.nio.file.Path file;

        @Override
        int run(OpenArchive archive, PrintWriter out) throws java.io.IOException {
            var kept = archive.services().verifyMeeting().kept(meetingId(), kind).orElseThrow(() ->
                    new DomainException("Arkivet förvarar inget registrerat dokument av slaget " + kind
                            + " för sammanträde " + meetingId() + "."));
            java.nio.file.Files.write(file, kept.bytes());
            out.println(kept.document().fileName() + " (registrerat " + kept.document().recordedAt() + " av "
                    + kept.document().user() + ") sparat i " + file + ".");
            return 0;
        }
    }

    @Command(name = "post", mixinStandardHelpOptions = true,
            description = "Anslå justeringen: skriv ut anslaget som text och, med --pdf, som PDF/A.")
    static final class Post extends OnMeeting {
        @Option(names = "--date", paramLabel = "ÅÅÅÅ-MM-DD", description = "Anslagsdagen (standard: i dag).")
        LocalDate date;

        @Option(names = "--kept-at", required = true, paramLabel = "TEXT", description = "Var protokollet förvaras.")
        String keptAt;

        @Option(names = "--pdf", paramLabel = "FIL", description = "Skriv anslaget som PDF/A hit.")
        java.nio.file.Path pdf;

        @Override
        int run(OpenArchive archive, PrintWriter out) {
            var notices = archive.services().postNotice();
            var notice = notices.post(meetingId(), orToday(date), null, keptAt);
            if (pdf != null) {
                notices.writePdf(meetingId(), pdf);
            }
            out.print(notice.asText());
            return 0;
        }
    }

    @Command(name = "takedown", mixinStandardHelpOptions = true,
            description = "Registrera att anslaget tagits ned efter överklagandetiden.")
    static final class TakeDown extends DatedStep {
        @Override
        MinutesLifecycle take(Services services, MeetingId meeting, LocalDate on) {
            return services.postNotice().takeDown(meeting, on);
        }
    }
}
