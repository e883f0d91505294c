package se.paragraf.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.paragraf.application.plan.PlanImportException;
import se.paragraf.application.plan.PlanTableReader;
import se.paragraf.application.plan.TableRow;

/**
 * Reads plan tables from CSV (semicolon, comma or tab separated, as Swedish Excel saves them,
 * UTF-8 or Windows-1252) and from XLSX (the first sheet), with the line numbers the user sees.
 */
public final class PlanTableFiles implements PlanTableReader {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    @Override
    public List<TableRow> read(String fileName, byte[] bytes) {
        if (startsWith(bytes, ZIP_MAGIC)) {
            return new XlsxSheet(fileName).rows(bytes);
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls")) {
            throw PlanImportException.of("Filen " + fileName + " är i det gamla Excel-formatet (.xls). Spara den som .xlsx "
                    + "eller CSV i Excel och importera igen.");
        }
        return csv(decode(bytes));
    }

    static List<TableRow> csv(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        char separator = separator(text);
        List<TableRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new TableRow(rowLine, cells));
                cells = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new TableRow(rowLine, cells));
        }
        return rows;
    }

    /** The separator used most in the first line: Swedish Excel writes ";", others "," or tabs. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ';';
        long bestCount = -1;
        for (char candidate : new char[] {';', '\t', ','}) {
            long count = first.chars().filter(ch -> ch == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Excel on Windows saves "CSV (semikolonavgränsad)" in Windows-1252.
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
