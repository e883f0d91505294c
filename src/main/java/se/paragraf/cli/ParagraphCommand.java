package se.paragraf.cli;

import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.paragraf.application.OpenArchive;
import se.paragraf.domain.paragraph.Confidentiality;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;

/** One § of a draft from the command line. */
@Command(name = "paragraph", description = "Ändra en paragraf i ett protokoll som inte är justerat.",
        mixinStandardHelpOptions = true, subcommands = {ParagraphCommand.Confidential.class})
final class ParagraphCommand {

    @Command(name = "confidential", mixinStandardHelpOptions = true,
            description = {"Sekretessbelägg en paragraf (--ground) eller häv sekretessen (--clear). I den offentliga "
                    + "versionen av protokollet, i utdrag och i sökningar visas då bara rubriken och hänvisningen till OSL.",
                "Exempel: paragraf paragraph confidential --meeting 3 --paragraph 98 --ground \"OSL 26 kap. 1 §\""})
    static final class Confidential extends ArchiveCommand {
        @Option(names = "--meeting", required = true, paramLabel = "ID", description = "Sammanträdets id (se meeting list).")
        long meeting;

        @Option(names = "--paragraph", required = true, paramLabel = "§", description = "Paragrafens nummer, t.ex. 98 eller 98 a.")
        String paragraph;

        @ArgGroup(multiplicity = "1")
        Change change;

        static final class Change {
            @Option(names = "--ground", required = true, paramLabel = "OSL",
                    description = "Sekretessgrunden, t.ex. \"OSL 26 kap. 1 §\".")
            String ground;

            @Option(names = "--clear", required = true, description = "Häv sekretessen: paragrafen är offentlig.")
            boolean clear;
        }

        @Override
        int run(OpenArchive archive, PrintWriter out) {
            Paragraph saved = archive.services().editParagraph().classify(MeetingIds.of(meeting),
                    ParagraphNumber.parse(paragraph.strip()), change.clear ? null : new Confidentiality(change.ground));
            out.println(saved.secrecy().map(s -> "§ " + saved.number() + " " + saved.title() + ": sekretess enligt "
                    + s.oslReference() + ".").orElse("§ " + saved.number() + " " + saved.title() + ": offentlig."));
            return 0;
        }
    }
}
