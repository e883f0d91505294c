package se.paragraf.application.document;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One § as printed: "§ 98" and the title (the heading the reader navigates by), then its blocks
 * in print order.
 */
public record MinutesParagraph(String number, String title, List<MinutesBlock> blocks) {
    public MinutesParagraph {
        blocks = List.copyOf(blocks);
    }

    /** A registered matter (it has a diarienummer or officials), as opposed to "Val av justerare" and the like. */
    public boolean registered() {
        return blocks.stream().anyMatch(b -> b instanceof MinutesBlock.Fields);
    }

    public String heading() {
        return "§ " + number + " " + title;
    }

    MinutesParagraph mapText(UnaryOperator<String> text) {
        return new MinutesParagraph(text.apply(number), text.apply(title),
                blocks.stream().map(b -> b.mapText(text)).toList());
    }
}
