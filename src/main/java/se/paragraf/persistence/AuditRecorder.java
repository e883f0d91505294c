package se.paragraf.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.StringJoiner;
import se.paragraf.domain.audit.AuditEntry;

/**
 * Appends one entry to a meeting's audit chain for one changed row: who is the OS user of the
 * process writing (Paragraf is one process per archive, ADR 0005), when is now, what is the
 * operation, the table, the row's key columns and the SHA-256 of all its values.
 */
final class AuditRecorder {

    void record(Connection conn, String table, List<String> columns, Object[] oldRow, Object[] newRow, Long meeting)
            throws SQLException {
        if (meeting == null) {
            // A child row deleted with its §: the § itself was recorded.
            return;
        }
        Object[] row = newRow != null ? newRow : oldRow;
        String operation = oldRow == null ? "INSERT" : newRow == null ? "DELETE" : "UPDATE";
        long sequence = 1;
        String previous = AuditEntry.GENESIS;
        try (PreparedStatement s = conn.prepareStatement(
                "select seq, entry_hash from audit_head where meeting_id = ?")) {
            s.setLong(1, meeting);
            try (ResultSet rows = s.executeQuery()) {
                if (rows.next()) {
                    sequence = rows.getLong(1) + 1;
                    previous = rows.getString(2);
                }
            }
        }
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        String user = System.getProperty("user.name", "okänd");
        String key = key(columns, row);
        String rowHash = AuditEntry.sha256(values(columns, row));
        String hash = AuditEntry.chainHash(previous, meeting, sequence, now, user, operation, table, key, rowHash);
        try (PreparedStatement s = conn.prepareStatement("insert into audit_entry (meeting_id, seq, recorded_at, "
                + "os_user, operation, table_name, row_key, row_hash, previous_hash, entry_hash) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, meeting);
            s.setLong(2, sequence);
            s.setTimestamp(3, Timestamp.valueOf(now));
            s.setString(4, user);
            s.setString(5, operation);
            s.setString(6, table);
            s.setString(7, key);
            s.setString(8, rowHash);
            s.setString(9, previous);
            s.setString(10, hash);
            s.executeUpdate();
        }
        try (PreparedStatement s = conn.prepareStatement(
                "merge into audit_head (meeting_id, seq, entry_hash) key (meeting_id) values (?, ?, ?)")) {
            s.setLong(1, meeting);
            s.setLong(2, sequence);
            s.setString(3, hash);
            s.executeUpdate();
        }
    }

    /** The identifying columns (ids, ordinals, status), enough to tell which row it was. */
    private static String key(List<String> columns, Object[] row) {
        StringJoiner key = new StringJoiner(", ");
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            if (c.equals("id") || c.endsWith("_id") || c.equals("ordinal") || c.endsWith("_ordinal")
                    || c.equals("status") || c.equals("number")) {
                key.add(c + "=" + row[i]);
            }
        }
        String text = key.toString();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static String values(List<String> columns, Object[] row) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            Object value = row[i];
            text.append(columns.get(i)).append('=')
                    .append(value instanceof byte[] bytes ? AuditEntry.sha256(bytes) : String.valueOf(value))
                    .append('\u001f');
        }
        return text.toString();
    }
}
