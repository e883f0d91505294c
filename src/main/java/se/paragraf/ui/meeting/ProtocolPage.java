package se.paragraf.ui.meeting;

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
import se.paragraf.ui.Messages;

/**
 * A paragraph laid out in the order and words of a printed protocol (seed § 98), as blocks the
 * view styles. The att-satser's punctuation comes from {@link DecisionBlock#renderedClauses()},
 * so what the secretary copies reads exactly as the justerat protocol.
 */
public record ProtocolPage(List<ProtocolBlock> blocks) {
    public ProtocolPage {
        blocks = List.copyOf(blocks);
    }

    public static ProtocolPage of(Paragraph paragraph) {
        List<ProtocolBlock> blocks = new ArrayList<>();
        add(blocks, ProtocolBlock.Kind.TITLE, Messages.get("protocol.title", paragraph.number().toString(), paragraph.title()));
        List<String> fields = fields(paragraph);
        add(blocks, ProtocolBlock.Kind.FIELDS, String.join("\n", fields));
        if (paragraph.immediateAdjustment()) {
            // Not printed as a line of its own, but the secretary must see it before reading on:
            // such a § may be sent out at once, before the protocol is justerat.
            add(blocks, ProtocolBlock.Kind.NOTE, Messages.get("protocol.immediate"));
        }
        if (!paragraph.isInformationOnly()) {
            // § 96 and § 97 carry neither dnr nor a "Beslut:" header; the header belongs to a registered matter.
            if (!fields.isEmpty()) {
                add(blocks, ProtocolBlock.Kind.HEADING, Messages.get("protocol.decision"));
            }
            for (DecisionBlock block : paragraph.decision().blocks()) {
                add(blocks, ProtocolBlock.Kind.DECISION, decision(block));
            }
        }
        for (MotivationSection section : paragraph.sectionsBesideLists()) {
            add(blocks, ProtocolBlock.Kind.HEADING, section.heading());
            add(blocks, ProtocolBlock.Kind.TEXT, section.text());
        }
        section(blocks, Messages.get("protocol.attachments"),
                paragraph.attachments().stream().map(ProtocolPage::attachment).toList());
        section(blocks, Messages.get("protocol.preparation"),
                paragraph.preparations().stream().map(Preparation::render).toList());
        section(blocks, Messages.get("protocol.recipients"),
                paragraph.recipients().stream().map(Recipient::name).toList());
        return new ProtocolPage(blocks);
    }

    /** The whole paragraph as text, a blank line between blocks except after a heading. */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        ProtocolBlock previous = null;
        for (ProtocolBlock block : blocks) {
            if (previous != null) {
                text.append(previous.kind() == ProtocolBlock.Kind.HEADING ? "\n" : "\n\n");
            }
            text.append(block.text());
            previous = block;
        }
        return text.toString();
    }

    private static List<String> fields(Paragraph paragraph) {
        List<String> fields = new ArrayList<>();
        if (!paragraph.caseNumbers().isEmpty()) {
            fields.add(Messages.get("protocol.caseNumber",
                    paragraph.caseNumbers().stream().map(CaseNumber::compact).collect(Collectors.joining(", "))));
        }
        paragraph.responsible().ifPresent(name -> fields.add(Messages.get("protocol.responsible", name)));
        paragraph.officer().ifPresent(name -> fields.add(Messages.get("protocol.officer", name)));
        return fields;
    }

    private static String decision(DecisionBlock block) {
        List<String> lines = new ArrayList<>();
        lines.add(block.formula());
        lines.addAll(block.renderedClauses());
        return String.join("\n\n", lines);
    }

    private static String attachment(Attachment attachment) {
        return attachment.isAttached()
                ? Messages.get("protocol.attachment", attachment.title(), attachment.label())
                : attachment.title();
    }

    private static void section(List<ProtocolBlock> blocks, String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            add(blocks, ProtocolBlock.Kind.HEADING, heading);
            add(blocks, ProtocolBlock.Kind.TEXT, String.join("\n", lines));
        }
    }

    private static void add(List<ProtocolBlock> blocks, ProtocolBlock.Kind kind, String text) {
        if (!text.isBlank()) {
            blocks.add(new ProtocolBlock(kind, text));
        }
    }
}
