package se.paragraf.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.application.importing.ParsedDecisionBlock;
import se.paragraf.domain.paragraph.Clause;
import se.paragraf.domain.shared.DomainException;

/**
 * Reads a decision: formula ("Regionstyrelsen beslutar på finansutskottets förslag") and
 * att-satser, possibly several blocks; or, where the municipality writes decisions as prose,
 * the prose. Works on blank-line separated groups of lines.
 */
final class DecisionReader {
    record Result(List<ParsedDecisionBlock> blocks, String text, int consumedGroups, List<String> warnings) {
        boolean found() {
            return !blocks.isEmpty() || !text.isBlank();
        }
    }

    private static final Pattern DECIDES = Pattern.compile(
            "(?iu)\\b(?:beslutar|beslutas|besluta|beslöt|beslutade|föreslår|föreslås|föreslå|tillstyrker)\\b");
    private static final Pattern INLINE_CLAUSE = Pattern.compile(
            "(?iu)^(.{0,300}?\\b(?:beslutar|beslöt|beslutade|föreslår))\\s+(att\\s.*)$");
    private static final Pattern CLAUSE_SPLIT = Pattern.compile("(?iu);\\s*(?:samt\\s+)?(?=att\\s)");
    private static final Pattern CLAUSE_END = Pattern.compile("(?iu)(?:[;,.:]|\\bsamt|\\boch)$");

    /** Far beyond any real att-sats; Clause's cleaning is not meant for megabytes of text. */
    private static final int MAX_CLAUSE = 4000;

    private DecisionReader() {
    }

    /**
     * @param labelled true under a "Beslut" heading, where prose counts as the decision; false
     *                 when searching unlabelled text, where only a formula or att-satser do
     */
    static Result read(List<List<String>> groups, boolean labelled) {
        List<ParsedDecisionBlock> blocks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> text = new ArrayList<>();
        String formula = null;
        List<String> clauses = null;
        boolean sawClauses = false;
        boolean started = false;
        int g = 0;
        for (; g < groups.size(); g++) {
            List<String> group = groups.get(g);
            String joined = TitleReader.join(group);
            boolean nextIsClause = g + 1 < groups.size() && TitleReader.startsClause(groups.get(g + 1).get(0));
            if (TitleReader.startsClause(group.get(0))) {
                if (clauses == null) {
                    clauses = new ArrayList<>();
                    if (formula == null) {
                        warnings.add("Beslutsformel saknas före att-satserna – kontrollera beslutet.");
                    }
                }
                clauses.addAll(splitClauses(group, warnings));
                text.add(String.join("\n", group));
                sawClauses = true;
                started = true;
            } else if (nextIsClause && (labelled || DECIDES.matcher(joined).find()) && joined.length() <= 600) {
                closeBlock(blocks, formula, clauses);
                formula = joined;
                clauses = null;
                text.add(String.join("\n", group));
                started = true;
            } else if (!sawClauses && INLINE_CLAUSE.matcher(joined).matches() && (labelled || !started)) {
                Matcher m = INLINE_CLAUSE.matcher(joined);
                m.matches();
                closeBlock(blocks, formula, clauses);
                formula = m.group(1).strip();
                clauses = new ArrayList<>(splitClauses(List.of(m.group(2)), warnings));
                text.add(String.join("\n", group));
                sawClauses = true;
                started = true;
            } else if (sawClauses) {
                break;
            } else if (labelled) {
                text.add(String.join("\n", group));
                started = true;
            } else if (started) {
                break;
            }
        }
        closeBlock(blocks, formula, clauses);
        if (blocks.isEmpty() && formula != null) {
            blocks.add(new ParsedDecisionBlock(formula, List.of()));
        }
        return new Result(blocks, String.join("\n\n", text), g, warnings);
    }

    private static void closeBlock(List<ParsedDecisionBlock> blocks, String formula, List<String> clauses) {
        if (clauses != null) {
            blocks.add(new ParsedDecisionBlock(formula, clauses));
        } else if (formula != null && !blocks.isEmpty() && blocks.get(blocks.size() - 1).formula() == null) {
            blocks.add(new ParsedDecisionBlock(formula, List.of()));
        }
    }

    /** A new att-sats starts on a line beginning with "att" after a line that ended one. */
    private static List<String> splitClauses(List<String> group, List<String> warnings) {
        List<StringBuilder> raw = new ArrayList<>();
        String previous = null;
        for (String line : group) {
            String t = line.strip();
            boolean starts = TitleReader.startsClause(t)
                    && (previous == null || CLAUSE_END.matcher(previous.toLowerCase(Locale.ROOT)).find());
            if (starts || raw.isEmpty()) {
                raw.add(new StringBuilder(t));
            } else {
                raw.get(raw.size() - 1).append('\n').append(t);
            }
            previous = t;
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder sb : raw) {
            for (String piece : CLAUSE_SPLIT.split(TitleReader.join(List.of(sb.toString().split("\n"))))) {
                if (piece.length() > MAX_CLAUSE) {
                    warnings.add("En att-sats var orimligt lång och lästes inte – kontrollera beslutet.");
                    continue;
                }
                try {
                    out.add(new Clause(piece).text());
                } catch (DomainException e) {
                    warnings.add("En tom att-sats hoppades över.");
                }
            }
        }
        return out;
    }
}
