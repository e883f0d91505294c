package se.paragraf.application.document;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.paragraph.Attachment;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.Preparation;
import se.paragraf.domain.paragraph.Recipient;

/**
 * A § in the order of the seed protocol and of the meeting view's {@code ProtocolPage}: fields,
 * "Beslut:" with formula and att-satser, motivation, beslutsunderlag, beredning, then what
 * happened at the meeting (jäv, yrkanden, propositionsordning, omröstning, reservationer,
 * protokollsanteckningar), and delges last. The public version prints a confidential § as its
 * title and OSL reference only.
 */
final class ParagraphBlocks {
    private final ProceedingsBlocks proceedings;
    private final boolean publicVersion;

    ParagraphBlocks(ProceedingsBlocks proceedings, boolean publicVersion) {
        this.proceedings = proceedings;
        this.publicVersion = publicVersion;
    }

    MinutesParagraph of(Paragraph paragraph) {
        String title = paragraph.title();
        if (publicVersion && paragraph.isConfidential()) {
            return new MinutesParagraph(paragraph.number().toString(), title, List.of(new MinutesBlock.Text(
                    "Paragrafen omfattas av sekretess enligt " + paragraph.secrecy().orElseThrow().oslReference()
                            + " och visas inte i denna version av protokollet.")));
        }
        List<MinutesBlock> blocks = new ArrayList<>();
        List<String> fields = fields(paragraph);
        if (!fields.isEmpty()) {
            blocks.add(new MinutesBlock.Fields(fields));
        }
        if (paragraph.immediateAdjustment()) {
            blocks.add(new MinutesBlock.Text("Paragrafen förklaras omedelbart justerad."));
        }
        if (!paragraph.isInformationOnly()) {
            // § 96 and § 97 of the seed carry neither dnr nor "Beslut:"; the header belongs to a registered matter.
            if (!fields.isEmpty()) {
                blocks.add(new MinutesBlock.Heading("Beslut:"));
            }
            for (DecisionBlock block : paragraph.decision().blocks()) {
                blocks.add(new MinutesBlock.Decision(block.formula(),
                        block.renderedClauses().stream().toList()));
            }
        }
        for (MotivationSection section : paragraph.sectionsBesideLists()) {
            blocks.add(new MinutesBlock.Heading(section.heading()));
            if (!section.text().isBlank()) {
                blocks.add(new MinutesBlock.Text(section.text()));
            }
        }
        list(blocks, "Beslutsunderlag", paragraph.attachments().stream().map(this::attachment).toList());
        list(blocks, "Beredning", paragraph.preparations().stream().map(Preparation::render).toList());
        blocks.addAll(proceedings.of(paragraph.proceedings()));
        list(blocks, "Delges", paragraph.recipients().stream().map(Recipient::name).toList());
        return new MinutesParagraph(paragraph.number().toString(), title, blocks);
    }

    private List<String> fields(Paragraph paragraph) {
        List<String> fields = new ArrayList<>();
        if (!paragraph.caseNumbers().isEmpty()) {
            fields.add("Diarienummer: " + paragraph.caseNumbers().stream().map(CaseNumber::compact)
                    .collect(Collectors.joining(", ")));
        }
        paragraph.responsible().ifPresent(name -> fields.add("Ärendeansvarig: " + name));
        paragraph.officer().ifPresent(name -> fields.add("Handläggare: " + name));
        if (!publicVersion) {
            paragraph.secrecy().ifPresent(s -> fields.add("Sekretess: " + s.oslReference()));
        }
        return fields;
    }

    private String attachment(Attachment attachment) {
        String title = attachment.title();
        return attachment.isAttached() ? title + ", bilaga " + attachment.label() : title;
    }

    private static void list(List<MinutesBlock> blocks, String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new MinutesBlock.Heading(heading));
            blocks.add(new MinutesBlock.Text(String.join("\n", lines)));
        }
    }
}
