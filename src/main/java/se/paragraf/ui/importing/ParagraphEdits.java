package se.paragraf.ui.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import se.paragraf.application.importing.ParsedDecisionBlock;
import se.paragraf.application.importing.ParsedParagraph;
import se.paragraf.domain.matter.CaseNumber;

/**
 * The wizard's editable text of a parsed paragraph, and the paragraph rebuilt from what the
 * secretary wrote: case numbers comma-separated, att-satser one per line with a blank line
 * between decision blocks (seed § 122 has two), recipients one per line.
 */
final class ParagraphEdits {
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern BLOCK_SEPARATOR = Pattern.compile("\\n\\s*\\n");
    /** A secretary may type an att-sats as printed; the clause itself is stored without "att" and punctuation. */
    private static final Pattern PRINTED_CLAUSE = Pattern.compile("(?iu)^att\\s+|[;,.]+$");

    private ParagraphEdits() {
    }

    static String caseNumbersText(ParsedParagraph p) {
        return String.join(", ", p.caseNumbers());
    }

    static String clausesText(ParsedParagraph p) {
        if (p.decisionBlocks().isEmpty()) {
            return String.join("\n", p.clauses());
        }
        return String.join("\n\n", p.decisionBlocks().stream().map(b -> String.join("\n", b.clauses()))
                .filter(text -> !text.isEmpty()).toList());
    }

    static String recipientsText(ParsedParagraph p) {
        return String.join("\n", p.recipients());
    }

    static List<String> caseNumbers(String text) {
        return Arrays.stream(LIST_SEPARATOR.split(text.strip())).filter(s -> !s.isBlank()).toList();
    }

    /** The written case numbers that are no diarienummer, to be flagged beside the field. */
    static List<String> invalidCaseNumbers(String text) {
        return caseNumbers(text).stream().filter(c -> CaseNumber.tryParse(c).isEmpty()).toList();
    }

    static ParsedParagraph apply(ParsedParagraph p, String number, String title, String caseNumbers, String clauses,
                                 String recipients) {
        List<ParsedDecisionBlock> blocks = clauses.equals(clausesText(p)) ? p.decisionBlocks() : blocks(p, clauses);
        List<String> flatClauses = blocks.stream().flatMap(b -> b.clauses().stream()).toList();
        String formula = blocks.isEmpty() ? p.formula() : blocks.get(0).formula();
        return new ParsedParagraph(number.strip(), title.strip(), caseNumbers(caseNumbers), p.responsibleOfficial(),
                p.caseOfficer(), formula, flatClauses, blocks, p.decisionText(), p.sections(), p.attachments(),
                p.preparations(), lines(recipients), p.motions(), p.votes(), p.recordedStatements(), p.dissents(),
                p.immediateAdjustment(), p.secrecy(), p.warnings());
    }

    /** Each group of lines keeps the formula of the block in its place; a new group gets none (the import supplies one and warns). */
    private static List<ParsedDecisionBlock> blocks(ParsedParagraph p, String clauses) {
        List<List<String>> groups = BLOCK_SEPARATOR.splitAsStream(clauses.strip())
                .map(group -> lines(group).stream().map(ParagraphEdits::bareClause).filter(c -> !c.isEmpty()).toList())
                .filter(group -> !group.isEmpty()).toList();
        List<ParsedDecisionBlock> old = p.decisionBlocks();
        List<ParsedDecisionBlock> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            out.add(new ParsedDecisionBlock(i < old.size() ? old.get(i).formula() : p.formula(), groups.get(i)));
        }
        // A formula without att-satser (a prose decision) is not in the text area, so it must not vanish.
        for (int i = groups.size(); i < old.size(); i++) {
            if (old.get(i).clauses().isEmpty()) {
                out.add(old.get(i));
            }
        }
        return out;
    }

    private static String bareClause(String line) {
        return PRINTED_CLAUSE.matcher(line.strip()).replaceAll("").strip();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
