package se.paragraf.application.importing;

import java.util.List;
import java.util.Optional;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;

/**
 * One paragraph as read from the text. Strings are kept as written (trimmed) so that nothing
 * is lost; callers convert with the helpers below and turn a failed conversion into a
 * warning for the secretary.
 *
 * @param number               as in the text: "98", "3 a"
 * @param caseNumbers          as written: "25RS1523", "KU/2007.9"
 * @param responsibleOfficial  Ärendeansvarig, null when not printed
 * @param caseOfficer          Handläggare, null when not printed
 * @param formula              the first decision formula, null when none was found
 * @param clauses              every att-sats of every block, without "att" and punctuation
 * @param decisionBlocks       formula and clauses per block (seed § 122 has two)
 * @param decisionText         the decision as written: prose decisions, or formula and att-satser
 * @param attachments          bilaga labels: "1", "64 b"
 * @param preparations         as written: "Finansutskottet den 7 maj 2025, § 71"
 * @param recipients           Delges / Beslutet skickas till / Expedieras till / Protokollsutdrag skickas till
 * @param motions              yrkanden, one per paragraph of text
 * @param votes                omröstning and propositionsordning text
 * @param recordedStatements   protokollsanteckningar
 * @param dissents             reservationer
 * @param secrecy              the OSL reference when the source marks the § as under sekretess
 *                             ("Sekretess enligt OSL 26 kap. 1 §"), as "OSL 26 kap. 1 §"; else null
 */
public record ParsedParagraph(String number, String title, List<String> caseNumbers, String responsibleOfficial,
                              String caseOfficer, String formula,
                              List<String> clauses, List<ParsedDecisionBlock> decisionBlocks, String decisionText,
                              List<ParsedSection> sections, List<String> attachments, List<String> preparations,
                              List<String> recipients, List<String> motions, List<String> votes,
                              List<String> recordedStatements, List<String> dissents,
                              boolean immediateAdjustment, String secrecy, List<String> warnings) {
    public ParsedParagraph {
        caseNumbers = List.copyOf(caseNumbers);
        responsibleOfficial = blankToNull(responsibleOfficial);
        caseOfficer = blankToNull(caseOfficer);
        clauses = List.copyOf(clauses);
        decisionBlocks = List.copyOf(decisionBlocks);
        sections = List.copyOf(sections);
        attachments = List.copyOf(attachments);
        preparations = List.copyOf(preparations);
        recipients = List.copyOf(recipients);
        motions = List.copyOf(motions);
        votes = List.copyOf(votes);
        recordedStatements = List.copyOf(recordedStatements);
        dissents = List.copyOf(dissents);
        warnings = List.copyOf(warnings);
    }

    /** The § number as a domain value; empty when the written number does not parse. */
    public Optional<ParagraphNumber> paragraphNumber() {
        try {
            return Optional.of(ParagraphNumber.parse(number));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    /** Each written case number that parses; the reader has already warned about the others. */
    public List<CaseNumber> parsedCaseNumbers() {
        return caseNumbers.stream().map(CaseNumber::tryParse).flatMap(Optional::stream).toList();
    }

    /** The same paragraph with the title the secretary corrected. */
    public ParsedParagraph withTitle(String newTitle) {
        return new ParsedParagraph(number, newTitle, caseNumbers, responsibleOfficial, caseOfficer, formula, clauses,
                decisionBlocks, decisionText, sections, attachments, preparations, recipients, motions, votes,
                recordedStatements, dissents, immediateAdjustment, secrecy, warnings);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean hasDecision() {
        return !clauses.isEmpty() || (decisionText != null && !decisionText.isBlank());
    }
}
