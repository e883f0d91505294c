package se.paragraf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.document.ExtractCertification;
import se.paragraf.application.document.MinutesOptions;
import se.paragraf.application.document.RenderMinutes;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphNumber;

@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = "Skriv ett sammanträdes protokoll, eller ett utdrag ur det, som PDF/A.")
final class PdfCommand extends ArchiveCommand {
    @Option(names = "--meeting", required = true, paramLabel = "ID", description = "Sammanträdets id (se meeting list).")
    long meeting;

    @Option(names = "--out", required = true, paramLabel = "FIL", description = "PDF-filen som skrivs.")
    Path out;

    @Option(names = "--paragraphs", paramLabel = "§§", split = ",",
            description = "Bara dessa paragrafer, som protokollsutdrag, t.ex. 98,101.")
    List<String> paragraphs = new ArrayList<>();

    @Option(names = "--public", description = "Offentlig version: sekretessparagrafer med bara rubrik och OSL-hänvisning, personnummer maskerade (ÅÅMMDD-XXXX).")
    boolean publicVersion;

    @Option(names = "--certified-by", paramLabel = "NAMN",
            description = "Vem som intygar utdraget (\"Rätt utdraget intygar\"); utan namn lämnas raden tom.")
    String certifiedBy;

    @Override
    int run(OpenArchive archive, PrintWriter console) {
        MeetingId id = MeetingIds.of(meeting);
        RenderMinutes render = archive.services().renderMinutes();
        if (paragraphs.isEmpty()) {
            render.minutes(id, publicVersion ? MinutesOptions.PUBLIC : MinutesOptions.FULL, out);
            console.println("Protokollet sparat i " + out + (publicVersion ? " (offentlig version)." : "."));
        } else {
            List<ParagraphNumber> numbers = paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty())
                    .map(ParagraphNumber::parse).toList();
            render.extract(id, numbers, new ExtractCertification(certifiedBy, LocalDate.now()), publicVersion, out);
            console.println("Utdraget (" + (numbers.size() == 1 ? "1 paragraf" : numbers.size() + " paragrafer")
                    + ") sparat i " + out + (publicVersion ? " (offentlig version)." : "."));
        }
        return 0;
    }
}
