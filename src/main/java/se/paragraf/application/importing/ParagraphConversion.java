package se.paragraf.application.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Confidentiality;
import se.paragraf.domain.paragraph.Attachment;
import se.paragraf.domain.paragraph.Clause;
import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.Preparation;
import se.paragraf.domain.paragraph.Recipient;
import se.paragraf.domain.shared.DomainException;

/**
 * Turns one parsed paragraph into the domain's {@link Paragraph}. What cannot be kept as a
 * domain value (an unreadable diarienummer or beredning) is reported as a warning instead of
 * stopping the import; the source text keeps the original.
 */
final class ParagraphConversion {
    static final String UNTITLED = "Rubrik saknas";
    private static final String UNHEADED_SECTION = "Övrig text";
    /** "Följebrev …, bilaga 1" in the Beslutsunderlag list: the title runs up to its bilaga label. */
    private static final Pattern LABELLED = Pattern.compile(
            "(?iu)[\\s,;(]*\\bbilag(?:a|orna|or)\\s+(\\d{1,3}(?:\\s?[a-zåäö](?![\\p{L}\\d]))?|(?-i:[A-ZÅÄÖ](?:\\s?[-–]\\s?[A-ZÅÄÖ])?)(?![\\p{L}\\d]))\\)?[.,;]?");

    private static final Pattern ATTACHMENT_LIST = Pattern.compile("(?iu)underlag|handlingar|bilagor");

    record Converted(Paragraph paragraph, List<CaseNumber> caseNumbers, List<String> warnings) {
    }

    private ParagraphConversion() {
    }

    static ParagraphNumber number(ParsedParagraph parsed) {
        try {
            return ParagraphNumber.parse(parsed.number());
        } catch (DomainException e) {
            throw new DomainException("Paragrafnumret \"" + parsed.number() + "\" kan inte tolkas. Rätta det till "
                    + "exempel till 98 eller 3 a och försök igen.");
        }
    }

    static Converted convert(ParsedParagraph parsed, ParagraphId id, MeetingId meeting, String boardName) {
        List<String> warnings = new ArrayList<>();
        String title = parsed.title();
        if (title == null || title.isBlank()) {
            title = UNTITLED;
            warnings.add("Rubrik saknades; paragrafen sparades som \"" + UNTITLED + "\" – skriv in rätt rubrik.");
        }
        Paragraph paragraph = new Paragraph(id, meeting, number(parsed), title, caseNumbers(parsed, warnings),
                parsed.responsibleOfficial(), parsed.caseOfficer(), sections(parsed),
                decision(parsed, boardName, warnings), attachments(parsed), preparations(parsed, warnings),
                parsed.recipients().stream().filter(r -> r != null && !r.isBlank()).map(Recipient::new).toList(),
                parsed.immediateAdjustment())
                .classify(parsed.secrecy() == null ? null : new Confidentiality(parsed.secrecy()));
        return new Converted(paragraph, paragraph.caseNumbers(), warnings);
    }

    private static List<CaseNumber> caseNumbers(ParsedParagraph parsed, List<String> warnings) {
        Set<CaseNumber> out = new LinkedHashSet<>();
        for (String written : parsed.caseNumbers()) {
            Optional<CaseNumber> c = CaseNumber.tryParse(written);
            if (c.isPresent()) {
                out.add(c.get());
            } else if (parsed.warnings().stream().noneMatch(w -> w.contains("\"" + written + "\""))) {
                // The reader usually warned already; one warning per problem is enough.
                warnings.add("Diarienumret \"" + written + "\" kunde inte tolkas och sparades inte på paragrafen; "
                        + "det finns kvar i källtexten.");
            }
        }
        return List.copyOf(out);
    }

    private static Decision decision(ParsedParagraph parsed, String boardName, List<String> warnings) {
        List<DecisionBlock> blocks = new ArrayList<>();
        for (ParsedDecisionBlock b : parsed.decisionBlocks()) {
            List<Clause> clauses = new ArrayList<>();
            for (String c : b.clauses()) {
                try {
                    clauses.add(new Clause(c));
                } catch (DomainException e) {
                    warnings.add("En tom att-sats hoppades över.");
                }
            }
            String formula = b.formula();
            if (formula == null || formula.isBlank()) {
                if (clauses.isEmpty()) {
                    continue;
                }
                formula = boardName + " beslutar";
                warnings.add("Beslutsformel saknades; \"" + formula + "\" användes – kontrollera den.");
            }
            blocks.add(new DecisionBlock(formula, clauses));
        }
        if (blocks.isEmpty() && parsed.decisionText() != null && !parsed.decisionText().isBlank()) {
            // A prose decision, as many municipalities write them: one block without att-satser.
            blocks.add(new DecisionBlock(parsed.decisionText(), List.of()));
        }
        return new Decision(blocks);
    }

    private static List<MotivationSection> sections(ParsedParagraph parsed) {
        List<MotivationSection> out = new ArrayList<>();
        for (ParsedSection s : parsed.sections()) {
            if (!s.text().isEmpty()) {
                out.add(new MotivationSection(s.heading().isEmpty() ? UNHEADED_SECTION : s.heading(), s.text()));
            }
        }
        // The domain has no place of its own for these yet; as sections they are kept and searchable.
        addUnlessKept(out, "Yrkanden", parsed.motions());
        addUnlessKept(out, "Omröstning", parsed.votes());
        addUnlessKept(out, "Protokollsanteckningar", parsed.recordedStatements());
        addUnlessKept(out, "Reservationer", parsed.dissents());
        return out;
    }

    private static void addUnlessKept(List<MotivationSection> sections, String heading, List<String> texts) {
        List<String> missing = texts.stream()
                .filter(t -> t != null && !t.isBlank())
                .filter(t -> sections.stream().noneMatch(s -> s.text().contains(t.strip())))
                .toList();
        if (!missing.isEmpty()) {
            sections.add(new MotivationSection(heading, String.join("\n\n", missing)));
        }
    }

    private static List<Attachment> attachments(ParsedParagraph parsed) {
        Map<String, String> titles = attachmentTitles(parsed.sections());
        return parsed.attachments().stream()
                .map(label -> new Attachment(label, titles.getOrDefault(label, "Bilaga " + label)))
                .toList();
    }

    /** Label → title from the Beslutsunderlag list, where each title ends with its label. */
    private static Map<String, String> attachmentTitles(List<ParsedSection> sections) {
        Map<String, String> titles = new LinkedHashMap<>();
        // The list under Beslutsunderlag names the documents; prose elsewhere only refers to them.
        List<ParsedSection> listsFirst = new ArrayList<>(sections);
        listsFirst.sort(java.util.Comparator.comparing(s -> !ATTACHMENT_LIST.matcher(s.heading()).find()));
        for (ParsedSection s : listsFirst) {
            for (String line : s.text().split("\n")) {
                Matcher m = LABELLED.matcher(line);
                int from = 0;
                while (m.find()) {
                    String label = m.group(1).replaceAll("\\s+", " ").strip();
                    String title = line.substring(from, m.start()).strip().replaceAll("^[\\s,;.]+", "");
                    if (!title.isEmpty() && title.length() <= 1000) {
                        titles.putIfAbsent(label, title);
                    }
                    from = m.end();
                }
            }
        }
        return titles;
    }

    private static List<Preparation> preparations(ParsedParagraph parsed, List<String> warnings) {
        List<Preparation> out = new ArrayList<>();
        for (String written : parsed.preparations()) {
            Optional<Preparation> p = PreparationText.parse(written);
            if (p.isPresent()) {
                out.add(p.get());
            } else {
                warnings.add("Beredningen \"" + written + "\" kunde inte tolkas och sparades inte; "
                        + "den finns kvar i källtexten.");
            }
        }
        return out;
    }
}
