package se.paragraf.application.document;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A protocol or an extract of it as words in print order: what the header says on every page,
 * the cover, information items, the paragraphs, the justering and anslag block, a signature
 * page and, for an extract, the certification. Every string here is printed as it stands.
 *
 * @param kind         full minutes or an extract
 * @param publicVersion confidential §§ cut down and personnummer masked, which the cover says
 * @param title        the document's title, in its metadata and the viewer's title bar
 * @param boardName    "Regionstyrelsen"; the header prints it in capitals
 * @param date         the meeting date as the header shows it, "2025-05-20"
 * @param caseNumber   the protocol's own diarienummer, "25RS1", or empty
 * @param adjustment   the justering and anslag block, once the minutes are justerade
 * @param signers      one signature area each on a last page "Underskrifter"; empty for none
 * @param certification "Rätt utdraget intygar", for an extract of justerade §§ only
 * @param corrections  the rättelser of the protocol as a whole, printed after the §§ (those of a §
 *                     are printed after it, in its blocks)
 */
public record MinutesDocument(Kind kind, boolean publicVersion, String title, String boardName, String date, String caseNumber,
                              MinutesCover cover, List<String> information, List<MinutesParagraph> paragraphs,
                              Adjustment adjustment, List<Signer> signers, ExtractCertification certification,
                              List<String> corrections) {
    public enum Kind {
        MINUTES("PROTOKOLL"),
        EXTRACT("PROTOKOLLSUTDRAG"),
        /**
         * An extract of §§ not yet justerade: it shows what the § says today, which may still change,
         * so it carries no "Rätt utdraget intygar" and says on every page that it is not justerat.
         */
        UNADJUSTED_EXTRACT("PROTOKOLLSUTDRAG, EJ JUSTERAT");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** What the running header says before the board's name. */
        public String label() {
            return label;
        }
    }

    public MinutesDocument {
        information = List.copyOf(information);
        paragraphs = List.copyOf(paragraphs);
        signers = List.copyOf(signers);
        corrections = List.copyOf(corrections);
        caseNumber = caseNumber == null ? "" : caseNumber;
    }

    public Optional<Adjustment> adjusted() {
        return Optional.ofNullable(adjustment);
    }

    public Optional<ExtractCertification> certified() {
        return Optional.ofNullable(certification);
    }

    /**
     * "Protokollet är justerat" with the day, and the anslag: when it went up and comes down and
     * where the protocol is kept. Each line is a label and its value.
     */
    public record Adjustment(String heading, String statement, List<MinutesCover.Row> rows) {
        public Adjustment {
            rows = List.copyOf(rows);
        }
    }

    /** Every printed word through {@code text}: how the public version masks what must not be published. */
    public MinutesDocument mapText(UnaryOperator<String> text) {
        return new MinutesDocument(kind, publicVersion, text.apply(title), text.apply(boardName), date, text.apply(caseNumber),
                cover == null ? null : cover.mapText(text), information.stream().map(text).toList(),
                paragraphs.stream().map(p -> p.mapText(text)).toList(),
                adjustment == null ? null : new Adjustment(text.apply(adjustment.heading()),
                        text.apply(adjustment.statement()),
                        adjustment.rows().stream().map(r -> r.mapText(text)).toList()),
                signers.stream().map(s -> new Signer(text.apply(s.role()), text.apply(s.name()))).toList(),
                certification == null ? null
                        : new ExtractCertification(certification.name() == null ? null : text.apply(certification.name()),
                        certification.date()),
                corrections.stream().map(text).toList());
    }
}
