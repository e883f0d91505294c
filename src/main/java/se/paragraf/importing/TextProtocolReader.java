package se.paragraf.importing;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.paragraf.application.importing.ImportException;
import se.paragraf.application.importing.ParsedParagraph;
import se.paragraf.application.importing.ParsedProtocol;
import se.paragraf.application.importing.ProtocolReader;

/**
 * Reads the text of a Swedish board protocol: cleans page furniture, finds the meeting's
 * paragraph headings, reads each paragraph and the cover page. What it is unsure of becomes a
 * warning; only input with no protocol in it at all is refused.
 */
public final class TextProtocolReader implements ProtocolReader {
    private static final Logger LOG = LoggerFactory.getLogger(TextProtocolReader.class);

    @Override
    public ParsedProtocol read(String text) {
        List<String> raw = InputText.lines(text);
        boolean[] furniture = PageFurniture.mark(raw);
        LineCleaner.Cleaned cleaned = LineCleaner.clean(raw, furniture);
        List<String> body = cleaned.lines();
        List<HeadingFinder.Heading> headings = HeadingFinder.find(body);
        if (headings.isEmpty()) {
            throw new ImportException("Texten innehåller inga paragrafer (§). Kontrollera att det är ett protokoll. "
                    + "En skannad PDF utan textlager behöver först textigenkänning (OCR).");
        }
        int signature = CoverReader.signatureStart(body);
        int lastHeading = headings.get(headings.size() - 1).line();
        int bodyEnd = signature > lastHeading ? signature : body.size();

        List<ParsedParagraph> paragraphs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int k = 0; k < headings.size(); k++) {
            HeadingFinder.Heading h = headings.get(k);
            int end = k + 1 < headings.size() ? headings.get(k + 1).line() : bodyEnd;
            paragraphs.add(readParagraph(body, h, end, warnings));
        }
        warnings.addAll(gaps(headings));

        int coverEnd = cleaned.rawIndex().get(headings.get(0).line());
        int firstEnd = headings.size() > 1 ? headings.get(1).line() : bodyEnd;
        String firstText = TitleReader.join(body.subList(headings.get(0).line(), firstEnd));
        CoverReader.Cover cover = CoverReader.read(raw, furniture, coverEnd, body, firstText);
        if (cover.board() == null) {
            warnings.add("Nämnden kunde inte läsas ur protokollet – välj den vid importen.");
        }
        if (cover.date() == null) {
            warnings.add("Sammanträdesdatum hittades inte – ange det vid importen.");
        }
        return new ParsedProtocol(cover.organization(), cover.board(), cover.date(), cover.placeAndTime(),
                cover.minutesCaseNumber(), cover.attendance(), cover.adjusters(), cover.secretary(),
                cover.signatories(), paragraphs, warnings);
    }

    /** A fault in one paragraph must not lose the others; the secretary sees it as a warning. */
    private static ParsedParagraph readParagraph(List<String> body, HeadingFinder.Heading h, int end,
                                                 List<String> warnings) {
        try {
            return ParagraphReader.read(body, h, end);
        } catch (RuntimeException e) {
            LOG.warn("Paragraph § {} could not be read", h.number(), e);
            warnings.add("§ " + h.number() + " kunde inte läsas helt – kontrollera den mot originalet.");
            return new ParsedParagraph(h.number(), h.rest(), List.of(), null, null, null, List.of(), List.of(), null, List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, null,
                    List.of("Paragrafen kunde inte läsas – kontrollera den mot originalet."));
        }
    }

    private static List<String> gaps(List<HeadingFinder.Heading> headings) {
        List<String> out = new ArrayList<>();
        for (int k = 1; k < headings.size(); k++) {
            int a = headings.get(k - 1).value().number();
            int b = headings.get(k).value().number();
            if (b > a + 1) {
                out.add(b == a + 2 ? "§ " + (a + 1) + " saknas i texten – kontrollera att hela protokollet kom med."
                        : "§§ " + (a + 1) + "–" + (b - 1) + " saknas i texten – kontrollera att hela protokollet kom med.");
            }
        }
        return out;
    }
}
