package se.paragraf.application.plan;

import java.util.List;

/** One row of a spreadsheet or CSV file, with the line (or spreadsheet row) number the user sees. */
public record TableRow(int line, List<String> cells) {
    public TableRow {
        cells = cells.stream().map(c -> c == null ? "" : c.strip()).toList();
    }

    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
