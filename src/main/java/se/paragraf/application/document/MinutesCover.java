package se.paragraf.application.document;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The cover page as label and value rows ("Plats och tid", "Beslutande", …), as in the seed and
 * Högsby protocols, then the signature lines; an extract shows only the essential rows.
 *
 * @param paragraphRange "§§ 96–135", or empty before the first paragraph
 * @param signatures     "Sekreterare", "Ordförande", "Justerare" with the names under the line
 */
public record MinutesCover(List<Row> rows, String paragraphRange, List<Row> signatures) {
    public MinutesCover {
        rows = List.copyOf(rows);
        signatures = List.copyOf(signatures);
        paragraphRange = paragraphRange == null ? "" : paragraphRange;
    }

    MinutesCover mapText(UnaryOperator<String> text) {
        return new MinutesCover(rows.stream().map(r -> r.mapText(text)).toList(), text.apply(paragraphRange),
                signatures.stream().map(r -> r.mapText(text)).toList());
    }

    /** One label and its lines; a row without lines is not printed. */
    public record Row(String label, List<String> lines) {
        public Row {
            lines = List.copyOf(lines);
        }

        public static Row of(String label, String... lines) {
            return new Row(label, List.of(lines));
        }

        Row mapText(UnaryOperator<String> text) {
            return new Row(text.apply(label), lines.stream().map(text).toList());
        }
    }
}
