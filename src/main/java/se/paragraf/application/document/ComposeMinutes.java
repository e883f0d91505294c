package se.paragraf.application.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.paragraf.application.meeting.MeetingExport;
import se.paragraf.domain.adjustment.Correction;
import se.paragraf.domain.agenda.AgendaItem;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.PersonalNumbers;

/**
 * Words a whole meeting as a {@link MinutesDocument}: the full minutes, or an extract of some §§.
 * The public version is the same document with confidential §§ cut down and every string passed
 * through {@link PersonalNumbers#mask}, so no path around the masking exists.
 */
final class ComposeMinutes {
    private ComposeMinutes() {
    }

    static MinutesDocument minutes(MeetingExport meeting, MinutesOptions options) {
        MemberNames names = new MemberNames(meeting);
        CoverRows cover = new CoverRows(meeting, names);
        List<String> information = meeting.agenda().items().stream().filter(AgendaItem::information)
                .map(AgendaItem::title).toList();
        MinutesDocument document = new MinutesDocument(MinutesDocument.Kind.MINUTES, options.publicVersion(),
                title("Protokoll", meeting, options.publicVersion(), ""), boardName(meeting), date(meeting),
                caseNumber(meeting), cover.full(), information,
                paragraphs(meeting, meeting.details().paragraphs(), options.publicVersion(), names),
                cover.adjustment().orElse(null), options.signers(), null, notes(meeting.protocolCorrections()));
        return options.publicVersion() ? document.mapText(PersonalNumbers::mask) : document;
    }

    /**
     * Certified only when every chosen § is among {@code adjustedParagraphs} (justerade with the
     * protocol or omedelbart): nobody can vouch for a text that may still change.
     */
    static MinutesDocument extract(MeetingExport meeting, Collection<ParagraphNumber> numbers,
                                   ExtractCertification certification, boolean publicVersion,
                                   Set<ParagraphId> adjustedParagraphs) {
        List<Paragraph> chosen = chosen(meeting, numbers);
        MemberNames names = new MemberNames(meeting);
        String which = chosen.stream().map(p -> "§ " + p.number()).collect(Collectors.joining(", "));
        boolean adjusted = chosen.stream().allMatch(p -> adjustedParagraphs.contains(p.id()));
        MinutesDocument document = new MinutesDocument(
                adjusted ? MinutesDocument.Kind.EXTRACT : MinutesDocument.Kind.UNADJUSTED_EXTRACT, publicVersion,
                title("Protokollsutdrag", meeting, publicVersion, ", " + which + (adjusted ? "" : " (ej justerat)")),
                boardName(meeting), date(meeting), caseNumber(meeting),
                new CoverRows(meeting, names).essentials(adjusted), List.of(),
                paragraphs(meeting, chosen, publicVersion, names), null, List.of(), adjusted ? certification : null,
                notes(meeting.protocolCorrections()));
        return publicVersion ? document.mapText(PersonalNumbers::mask) : document;
    }

    private static List<Paragraph> chosen(MeetingExport meeting, Collection<ParagraphNumber> numbers) {
        if (numbers.isEmpty()) {
            throw new DomainException("Ett utdrag behöver minst en paragraf. Ange vilka, till exempel 98,101.");
        }
        Set<ParagraphNumber> wanted = new TreeSet<>(numbers);
        List<Paragraph> chosen = meeting.details().paragraphs().stream().filter(p -> wanted.contains(p.number()))
                .toList();
        Set<ParagraphNumber> found = chosen.stream().map(Paragraph::number).collect(Collectors.toSet());
        List<String> missing = wanted.stream().filter(n -> !found.contains(n)).map(n -> "§ " + n).toList();
        if (!missing.isEmpty()) {
            throw new DomainException(String.join(", ", missing) + " finns"
                    + " inte i sammanträdet " + date(meeting) + " (" + meeting.details().board().name() + ")"
                    + meeting.details().paragraphRange().map(r -> ", som har " + r).orElse(", som saknar paragrafer")
                    + ". Välj paragrafer ur sammanträdet.");
        }
        return chosen;
    }

    private static List<MinutesParagraph> paragraphs(MeetingExport meeting, List<Paragraph> paragraphs,
                                                     boolean publicVersion, MemberNames names) {
        ParagraphBlocks blocks = new ParagraphBlocks(new ProceedingsBlocks(names, boardName(meeting)), publicVersion);
        return paragraphs.stream().map(p -> withCorrections(blocks.of(p), p, meeting, publicVersion)).toList();
    }

    /**
     * A rättelse is part of the record: it is printed after the § it corrects, dated and signed,
     * while the § stays as justerat. The public version of a confidential § shows neither.
     */
    private static MinutesParagraph withCorrections(MinutesParagraph printed, Paragraph paragraph,
                                                    MeetingExport meeting, boolean publicVersion) {
        List<Correction> corrections = meeting.correctionsOf(paragraph.id());
        if (corrections.isEmpty() || publicVersion && paragraph.isConfidential()) {
            return printed;
        }
        List<MinutesBlock> blocks = new ArrayList<>(printed.blocks());
        notes(corrections).forEach(note -> blocks.add(new MinutesBlock.Text(note)));
        return new MinutesParagraph(printed.number(), printed.title(), blocks);
    }

    /** "Rättelse 2025-03-04: the text (who)" and the reason on the next line. */
    static List<String> notes(List<Correction> corrections) {
        return corrections.stream().map(ComposeMinutes::note).toList();
    }

    static String note(Correction c) {
        return "Rättelse " + c.madeAt().toLocalDate() + ": " + c.text() + " (" + c.madeBy() + ")\nSkäl: " + c.reason();
    }

    private static String title(String kind, MeetingExport meeting, boolean publicVersion, String which) {
        return kind + " " + boardName(meeting) + " " + date(meeting) + which
                + (publicVersion ? " (offentlig version)" : "");
    }

    private static String boardName(MeetingExport meeting) {
        return meeting.details().board().name();
    }

    private static String date(MeetingExport meeting) {
        return meeting.details().meeting().date().toString();
    }

    private static String caseNumber(MeetingExport meeting) {
        return meeting.details().meeting().minutesCase().map(c -> c.compact()).orElse("");
    }
}
