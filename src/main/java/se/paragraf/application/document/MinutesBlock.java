package se.paragraf.application.document;

import java.util.List;
import java.util.function.UnaryOperator;

/** A piece of a § as printed; the kind decides its look, never its words. */
public sealed interface MinutesBlock {
    MinutesBlock mapText(UnaryOperator<String> text);

    /** "Diarienummer: 25RS1523", one line each, set apart from the body. */
    record Fields(List<String> lines) implements MinutesBlock {
        public Fields {
            lines = List.copyOf(lines);
        }

        @Override
        public MinutesBlock mapText(UnaryOperator<String> text) {
            return new Fields(lines.stream().map(text).toList());
        }
    }

    /** "Beslut:", "Ärendebeskrivning", "Beslutsunderlag", "Yrkande", "Delges", … */
    record Heading(String text) implements MinutesBlock {
        @Override
        public MinutesBlock mapText(UnaryOperator<String> f) {
            return new Heading(f.apply(text));
        }
    }

    /** Running text; line breaks within are kept. */
    record Text(String text) implements MinutesBlock {
        @Override
        public MinutesBlock mapText(UnaryOperator<String> f) {
            return new Text(f.apply(text));
        }
    }

    /** A formula and its att-satser, punctuated already ("att …;", "att …; samt", "att … ."). */
    record Decision(String formula, List<String> clauses) implements MinutesBlock {
        public Decision {
            clauses = List.copyOf(clauses);
        }

        @Override
        public MinutesBlock mapText(UnaryOperator<String> text) {
            return new Decision(text.apply(formula), clauses.stream().map(text).toList());
        }
    }

    /** An open vote: one row per member with her choice, and the totals. */
    record VoteTable(String subject, List<VoteRow> rows, int yes, int no, int abstain) implements MinutesBlock {
        public VoteTable {
            rows = List.copyOf(rows);
        }

        @Override
        public MinutesBlock mapText(UnaryOperator<String> text) {
            return new VoteTable(text.apply(subject), rows.stream().map(r -> new VoteRow(text.apply(r.member()),
                    text.apply(r.party()), r.choice())).toList(), yes, no, abstain);
        }
    }

    /** {@code choice} is "Ja", "Nej" or "Avstår". */
    record VoteRow(String member, String party, String choice) {
    }
}
