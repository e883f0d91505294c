package se.paragraf.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import se.paragraf.application.plan.PlanImportException;
import se.paragraf.application.plan.TableRow;

/**
 * The first sheet of an XLSX file as rows of text, read with the JDK's zip and StAX alone: a
 * plan table needs only cell text, not a spreadsheet library. Numbers come as Excel stores them.
 */
final class XlsxSheet {
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String STRINGS = "xl/sharedStrings.xml";
    private final String fileName;

    XlsxSheet(String fileName) {
        this.fileName = fileName;
    }

    List<TableRow> rows(byte[] bytes) {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(SHEET) || e.getName().equals(STRINGS)) {
                    parts.put(e.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw unreadable();
        }
        if (!parts.containsKey(SHEET)) {
            throw unreadable();
        }
        try {
            List<String> strings = parts.containsKey(STRINGS) ? sharedStrings(parts.get(STRINGS)) : List.of();
            return sheet(parts.get(SHEET), strings);
        } catch (XMLStreamException | RuntimeException e) {
            throw unreadable();
        }
    }

    private PlanImportException unreadable() {
        return PlanImportException.of("Filen " + fileName + " kunde inte läsas som ett Excel-ark (.xlsx). "
                + "Kontrollera att filen är hel, eller spara den som CSV och importera igen.");
    }

    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        InputStream in = new ByteArrayInputStream(xml);
        return factory.createXMLStreamReader(in);
    }

    private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        XMLStreamReader r = reader(xml);
        StringBuilder current = null;
        boolean inText = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "si" -> current = new StringBuilder();
                    case "t" -> inText = true;
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (r.getLocalName()) {
                    case "si" -> strings.add(current == null ? "" : current.toString());
                    case "t" -> inText = false;
                    default -> { }
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText && current != null) {
                current.append(r.getText());
            }
        }
        return strings;
    }

    private static List<TableRow> sheet(byte[] xml, List<String> strings) throws XMLStreamException {
        List<TableRow> rows = new ArrayList<>();
        XMLStreamReader r = reader(xml);
        List<String> cells = null;
        int rowNumber = 0;
        int column = 0;
        String type = null;
        StringBuilder value = null;
        boolean inValue = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    // A formula's <f> is not its value; only <v> and an inline string's <t> are.
                    case "v", "t" -> inValue = true;
                    case "row" -> {
                        String n = r.getAttributeValue(null, "r");
                        rowNumber = n == null ? rowNumber + 1 : Integer.parseInt(n);
                        cells = new ArrayList<>();
                    }
                    case "c" -> {
                        String ref = r.getAttributeValue(null, "r");
                        column = ref == null ? (cells == null ? 0 : cells.size()) : columnOf(ref);
                        type = r.getAttributeValue(null, "t");
                        value = new StringBuilder();
                    }
                    default -> { }
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && value != null && inValue) {
                value.append(r.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals("v") || r.getLocalName().equals("t")) {
                    inValue = false;
                } else if (r.getLocalName().equals("c") && cells != null && value != null) {
                    String text = value.toString();
                    if ("s".equals(type) && !text.isBlank()) {
                        text = strings.get(Integer.parseInt(text.strip()));
                    }
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(text);
                    value = null;
                } else if (r.getLocalName().equals("row") && cells != null) {
                    rows.add(new TableRow(rowNumber, cells));
                    cells = null;
                }
            }
        }
        return rows;
    }

    /** "C12" → 2. */
    private static int columnOf(String ref) {
        int column = 0;
        for (char ch : ref.toCharArray()) {
            if (!Character.isLetter(ch)) {
                break;
            }
            column = column * 26 + (Character.toUpperCase(ch) - 'A' + 1);
        }
        return column - 1;
    }
}
