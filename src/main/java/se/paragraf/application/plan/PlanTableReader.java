package se.paragraf.application.plan;

import java.util.List;

/** Port: the rows of a plan table file (CSV or XLSX), read by the importing adapter. */
public interface PlanTableReader {
    /**
     * @throws PlanImportException when the file is no CSV or XLSX file the reader understands
     */
    List<TableRow> read(String fileName, byte[] bytes);
}
