package se.paragraf.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * The database's own guard of a justerat protocol (V4, ADR 0012): one H2 row trigger on every
 * table of the meeting aggregate refuses INSERT, UPDATE and DELETE of rows that belong to a
 * justerat protocol or to an omedelbart justerad §, whatever path the write takes (use case,
 * repository, raw SQL). It also lets the lifecycle move only along the lawful steps, keeps
 * corrections, immediate justeringar, registered documents, sealed records, stored bilaga bytes
 * and the audit trail append-only. A change of a meeting's or a §'s optimistic version alone (V8,
 * ADR 0019) is not a change of the protocol and passes. It no longer writes the audit trail: that records events and
 * is written by the repositories ({@link AuditRecorder}, ADR 0018). What a dropped trigger lets
 * through is found by {@code paragraf verify}, which compares today's rows with the sealed record.
 */
public final class MinutesLockTrigger implements Trigger {
    private static final List<String> STATUSES = List.of("DRAFT", "READY_FOR_ADJUSTMENT", "ADJUSTED", "POSTED",
            "APPEAL_PERIOD_OVER");
    private static final int ADJUSTED = 2;

    private String table;
    private int meetingColumn = -1;
    private int paragraphColumn = -1;
    private int versionColumn = -1;
    private List<String> columns;
    private String schema;
    private String tableName;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        table = tableName.toLowerCase(java.util.Locale.ROOT);
        this.schema = schemaName;
        this.tableName = tableName;
        readColumns(conn);
    }

    private void readColumns(Connection conn) throws SQLException {
        columns = columnsOf(conn, schema, tableName);
        meetingColumn = columns.indexOf(table.equals("meeting") ? "id" : "meeting_id");
        paragraphColumn = columns.indexOf(table.equals("paragraph") ? "id" : "paragraph_id");
        // The optimistic version (V8, ADR 0019) is bookkeeping, not content of the protocol.
        versionColumn = table.equals("meeting") || table.equals("paragraph") ? columns.indexOf("version") : -1;
    }

    private static List<String> columnsOf(Connection conn, String schema, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = conn.prepareStatement("select column_name from information_schema.columns "
                + "where table_schema = ? and table_name = ? order by ordinal_position")) {
            s.setString(1, schema);
            s.setString(2, table);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return names;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Object[] any = newRow != null ? newRow : oldRow;
        if (any != null && any.length != columns.size()) {
            // A column was added since this trigger was initialised (a migration in this session).
            readColumns(conn);
        }
        if (oldRow != null && newRow != null && sameApartFromVersion(oldRow, newRow)) {
            return;
        }
        switch (table) {
            case "audit_entry" -> {
                if (oldRow != null) {
                    throw new MinutesLockedException("Granskningsloggen kan inte ändras eller tas bort.");
                }
                return;
            }
            case "minutes_lifecycle" -> checkTransition(oldRow, newRow);
            case "stored_file" -> {
                if (oldRow != null && newRow != null) {
                    throw new MinutesLockedException("En lagrad bilaga kan inte skrivas över: lägg till filen på nytt.");
                }
            }
            case "paragraph_adjustment", "correction", "minutes_document", "adjustment_signature",
                 "dispatch", "sealed_record" -> {
                if (oldRow != null) {
                    throw new MinutesLockedException(switch (table) {
                        case "correction" -> "En rättelse kan inte ändras eller tas bort: skriv en ny rättelse i stället.";
                        case "minutes_document" -> "Ett registrerat protokoll kan inte ändras eller tas bort.";
                        case "adjustment_signature" -> "En registrerad underskrift kan inte ändras eller tas bort.";
                        case "dispatch" -> "En registrerad expediering kan inte ändras eller tas bort.";
                        case "sealed_record" -> "En förseglad post kan inte ändras eller tas bort: en rättelse är en ny post.";
                        default -> "En omedelbar justering kan inte ändras eller tas bort.";
                    });
                }
            }
            default -> {
                checkRow(conn, oldRow);
                if (oldRow == null || !sameOwner(oldRow, newRow)) {
                    // An update within one meeting and one § needs the one check, not two.
                    checkRow(conn, newRow);
                }
            }
        }
    }

    private boolean sameOwner(Object[] oldRow, Object[] newRow) {
        return newRow != null
                && (meetingColumn < 0 || Objects.equals(oldRow[meetingColumn], newRow[meetingColumn]))
                && (paragraphColumn < 0 || Objects.equals(oldRow[paragraphColumn], newRow[paragraphColumn]));
    }

    /** Equal rows, or rows that differ only in the optimistic version: not a change of the protocol. */
    private boolean sameApartFromVersion(Object[] oldRow, Object[] newRow) {
        if (Arrays.deepEquals(oldRow, newRow)) {
            return true;
        }
        if (versionColumn < 0 || oldRow.length != newRow.length) {
            return false;
        }
        for (int i = 0; i < oldRow.length; i++) {
            if (i != versionColumn && !Objects.deepEquals(oldRow[i], newRow[i])) {
                return false;
            }
        }
        return true;
    }

    private void checkRow(Connection conn, Object[] row) throws SQLException {
        if (row == null) {
            return;
        }
        if (meetingColumn >= 0 && row[meetingColumn] != null) {
            String status = meetingStatus(conn, ((Number) row[meetingColumn]).longValue());
            if (isLocked(status)) {
                throw new MinutesLockedException("Protokollet är justerat och kan inte ändras (" + table + "). "
                        + "Skriv en rättelse i stället.");
            }
        }
        if (paragraphColumn >= 0 && row[paragraphColumn] != null) {
            checkParagraph(conn, ((Number) row[paragraphColumn]).longValue());
        }
    }

    private void checkParagraph(Connection conn, long paragraph) throws SQLException {
        try (PreparedStatement s = conn.prepareStatement("select l.status, a.adjusted_on from paragraph p "
                + "left join minutes_lifecycle l on l.meeting_id = p.meeting_id "
                + "left join paragraph_adjustment a on a.paragraph_id = p.id where p.id = ?")) {
            s.setLong(1, paragraph);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    return;
                }
                if (isLocked(rows.getString(1))) {
                    throw new MinutesLockedException("Protokollet är justerat och paragrafen kan inte ändras ("
                            + table + "). Skriv en rättelse i stället.");
                }
                if (rows.getDate(2) != null) {
                    throw new MinutesLockedException("Paragrafen justerades omedelbart " + rows.getDate(2)
                            + " och kan inte ändras (" + table + "). Skriv en rättelse i stället.");
                }
            }
        }
    }

    private static String meetingStatus(Connection conn, long meeting) throws SQLException {
        try (PreparedStatement s = conn.prepareStatement("select status from minutes_lifecycle where meeting_id = ?")) {
            s.setLong(1, meeting);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static boolean isLocked(String status) {
        return status != null && STATUSES.indexOf(status) >= ADJUSTED;
    }

    /**
     * The lawful steps only: a new row starts as a draft or ready for justering; before justering
     * the status may go back and forth between those and on to justerat; from justerat on it moves
     * exactly one step forward and no date once set changes.
     */
    private void checkTransition(Object[] oldRow, Object[] newRow) throws SQLException {
        int status = columns.indexOf("status");
        int from = oldRow == null ? -1 : STATUSES.indexOf((String) oldRow[status]);
        int to = newRow == null ? -1 : STATUSES.indexOf((String) newRow[status]);
        boolean lawful;
        if (newRow == null) {
            lawful = from < ADJUSTED;
        } else if (oldRow == null) {
            lawful = to < ADJUSTED;
        } else if (from < ADJUSTED) {
            lawful = to <= ADJUSTED && !(from == 0 && to == ADJUSTED)
                    && Objects.equals(oldRow[meetingColumn], newRow[meetingColumn]);
        } else {
            lawful = to == from + 1 && keepsEarlierValues(oldRow, newRow, status);
        }
        if (!lawful) {
            throw new MinutesLockedException("Protokollets status kan inte ändras från "
                    + (from < 0 ? "ingen" : STATUSES.get(from)) + " till " + (to < 0 ? "ingen" : STATUSES.get(to))
                    + ": ett protokoll går bara ett steg i taget, och justerat är slutgiltigt.");
        }
    }

    private static boolean keepsEarlierValues(Object[] oldRow, Object[] newRow, int statusColumn) {
        for (int i = 0; i < oldRow.length; i++) {
            if (i != statusColumn && oldRow[i] != null && !Objects.equals(oldRow[i], newRow[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        // Holds no resources.
    }

    @Override
    public void remove() {
        // Holds no resources.
    }
}
