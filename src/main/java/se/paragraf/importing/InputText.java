package se.paragraf.importing;

import java.util.ArrayList;
import java.util.List;
import se.paragraf.application.importing.ImportException;

/**
 * Turns pasted or extracted text into lines: one newline convention, the odd spaces of PDFs and
 * Word made plain, soft hyphens removed, form feeds kept as their own line (a page break is
 * evidence for page furniture). Rejects what is not text at all.
 */
final class InputText {
    /** A page break from a PDF's text layer; kept as a line of its own. */
    static final String PAGE_BREAK = "\f";
    private static final int SAMPLE = 200_000;

    private InputText() {
    }

    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            throw new ImportException("Texten är tom. Välj ett protokoll som PDF eller text, med paragrafer (§).");
        }
        if (looksBinary(text)) {
            throw new ImportException("Filen innehåller inte läsbar text. Om det är en PDF: öppna den som PDF så att "
                    + "textlagret läses. En skannad PDF utan textlager behöver först textigenkänning (OCR).");
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    sb.append('\n');
                }
                case '\f' -> sb.append("\n\f\n");
                case '\t' -> sb.append("    ");
                case '\u00AD', '\uFEFF', '\u200B' -> { }
                case '\u00A0', '\u2002', '\u2003', '\u2007', '\u2009', '\u202F' -> sb.append(' ');
                case '\u2028', '\u2029', '\u0085' -> sb.append('\n');
                default -> {
                    if (c >= 0x20 || c == '\n') {
                        sb.append(c);
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (String line : sb.toString().split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        return lines;
    }

    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), SAMPLE);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD'
                    || (c >= 0x7F && c < 0xA0)) {
                bad++;
            }
        }
        return bad > n / 20 || text.startsWith("%PDF");
    }
}
