package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.application.document.MinutesOptions;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Attachment;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.persistence.ArchiveCredentials;
import se.paragraf.persistence.Database;

/**
 * The tamper suite of issue 14 (ADR 0018): a justerat protocol is changed in every way we could
 * think of — use cases, CLI commands, raw SQL per table with and without the triggers, a rebuilt
 * table, a script round trip, forged, deleted and shortened trails and records, flipped bits in
 * the database file, another meeting's or an edited PDF — and each attempt must be refused or
 * make {@code verify} fail, naming what changed. None may pass unnoticed.
 */
class TamperTest {
    /** One justerat (and posted) demo protocol with a stored bilaga, a second draft meeting and two PDFs. */
    private static Path template;
    private static long justerat;
    private static long other;

    @TempDir
    Path work;

    @BeforeAll
    static void justeratDemoArchive() throws IOException {
        template = Files.createTempDirectory("paragraf-tamper");
        Path dir = template.resolve("arkiv");
        try (OpenArchive archive = new Composition().open(dir)) {
            Services s = archive.services();
            s.createDemoArchive().create();
            MeetingId meeting = s.listMeetings().spans().keySet().iterator().next();
            justerat = meeting.value();
            Paragraph p98 = s.showMeeting().show(meeting).orElseThrow().paragraphs().stream()
                    .filter(p -> p.number().number() == 98).findFirst().orElseThrow();
            var file = s.attachFile().store("revisionsrapport.pdf", "%PDF-1.7 revisionsrapporten".getBytes());
            s.editParagraph().save(p98.withAttachments(List.of(new Attachment("Bilaga 1", "Revisionsrapport", file))));
            var board = s.showMeeting().show(meeting).orElseThrow().board();
            other = s.planMeeting().create(board.id(), LocalDate.of(2025, 6, 10), null, null, null, null).id().value();
            s.adjustMinutes().readyForAdjustment(meeting, LocalDate.of(2025, 5, 22));
            s.adjustMinutes().adjust(meeting, LocalDate.of(2025, 5, 23), List.of("Anna Ordförande", "Bo Justerare"));
            s.postNotice().post(meeting, LocalDate.of(2025, 5, 26), null, "Regionens kansli");
            s.renderMinutes().minutes(meeting, MinutesOptions.FULL, template.resolve("protokoll.pdf"));
            s.adjustMinutes().readyForAdjustment(new MeetingId(other), LocalDate.of(2025, 6, 11));
            s.renderMinutes().minutes(new MeetingId(other), MinutesOptions.FULL, template.resolve("annat.pdf"));
        }
        CliRun register = cli("minutes", "register", "--data-dir", dir.toString(), "--meeting", Long.toString(justerat),
                "--pdf", template.resolve("protokoll.pdf").toString());
        assertThat(register.exitCode).as(register.err).isZero();
    }

    @AfterAll
    static void removeTemplate() throws IOException {
        delete(template);
    }

    private Path archive() throws IOException {
        Path dir = work.resolve("arkiv");
        try (Stream<Path> files = Files.walk(template.resolve("arkiv"))) {
            for (Path f : files.toList()) {
                Path target = dir.resolve(template.resolve("arkiv").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return dir;
    }

    // ---- the untouched archive verifies: the suite's control ----

    @Test
    void theUntouchedArchiveVerifies() throws IOException {
        Path dir = archive();
        CliRun all = verifyAll(dir);
        assertThat(all.exitCode).as(all.err).isZero();
        assertThat(all.out).contains("2 förseglade poster");
        CliRun file = cli("verify", "--data-dir", dir.toString(), "--meeting", Long.toString(justerat), "--pdf",
                template.resolve("protokoll.pdf").toString());
        assertThat(file.exitCode).as(file.err).isZero();
    }

    // ---- use cases and CLI commands: refused ----

    @Test
    void theEditorsUseCaseIsRefused() throws IOException {
        Path dir = archive();
        try (OpenArchive archive = new Composition().open(dir)) {
            Services s = archive.services();
            Paragraph p = s.showMeeting().show(new MeetingId(justerat)).orElseThrow().paragraphs().get(2);
            assertThatThrownBy(() -> s.editParagraph().save(p.retitle("Ändrad rubrik")))
                    .isInstanceOf(DomainException.class).hasMessageContaining("kan inte längre ändras");
        }
        assertThat(verifyAll(dir).exitCode).isZero();
    }

    @Test
    void cliCommandsThatWouldChangeItAreRefused() throws IOException {
        Path dir = archive();
        String id = Long.toString(justerat);
        assertThat(cli("minutes", "ready", "--data-dir", dir.toString(), "--meeting", id).exitCode)
                .isEqualTo(ParagrafCommand.INVALID_INPUT);
        assertThat(cli("minutes", "adjust", "--data-dir", dir.toString(), "--meeting", id, "--date", "2025-06-01")
                .exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        // A rättelse is the lawful way: a new sealed record; the archive still verifies.
        CliRun correct = cli("minutes", "correct", "--data-dir", dir.toString(), "--meeting", id, "--reason", "Stavfel",
                "--text", "Karin Nyman ska vara Karin Nyberg.");
        assertThat(correct.exitCode).as(correct.err).isZero();
        assertThat(verifyAll(dir).exitCode).isZero();
    }

    @Test
    void anotherMeetingsPdfCannotBeRegisteredOrSigned() throws IOException {
        Path dir = archive();
        CliRun run = cli("minutes", "register", "--data-dir", dir.toString(), "--meeting", Long.toString(justerat),
                "--pdf", template.resolve("annat.pdf").toString());
        assertThat(run.exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        assertThat(run.err).contains("är protokollet för sammanträde " + other);
        Path plain = work.resolve("egen.pdf");
        Files.write(plain, "%PDF-1.4 något annat".getBytes());
        CliRun foreign = cli("minutes", "register", "--data-dir", dir.toString(), "--meeting", Long.toString(justerat),
                "--pdf", plain.toString());
        assertThat(foreign.exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        assertThat(foreign.err).contains("saknar förseglingen");
    }

    @Test
    void anEditedPdfFailsVerify() throws IOException {
        Path dir = archive();
        byte[] bytes = Files.readAllBytes(template.resolve("protokoll.pdf"));
        bytes[bytes.length / 2] ^= 0x01;
        Path edited = work.resolve("protokoll.pdf");
        Files.write(edited, bytes);
        CliRun run = cli("verify", "--data-dir", dir.toString(), "--meeting", Long.toString(justerat), "--pdf",
                edited.toString());
        assertThat(run.exitCode).isEqualTo(VerifyCommand.MISMATCH);
        assertThat(run.err).contains("stämmer inte med något registrerat dokument");
    }

    @Test
    void aPdfWithItsSealButAnEditedTextCannotBeRegistered() throws IOException {
        Path dir = archive();
        Path cut = work.resolve("utan-sida.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                template.resolve("protokoll.pdf").toFile())) {
            pdf.removePage(pdf.getNumberOfPages() / 2);
            pdf.save(cut.toFile());
        }
        CliRun run = cli("minutes", "register", "--data-dir", dir.toString(), "--meeting", Long.toString(justerat),
                "--pdf", cut.toString());
        assertThat(run.exitCode).as(run.out).isEqualTo(ParagrafCommand.INVALID_INPUT);
        assertThat(run.err).contains("visar inte §").contains("som den står i arkivet");
        // The whole print is accepted.
        CliRun whole = cli("minutes", "register", "--data-dir", dir.toString(), "--meeting", Long.toString(justerat),
                "--pdf", template.resolve("protokoll.pdf").toString());
        assertThat(whole.exitCode).as(whole.err).isZero();
    }

    // ---- raw SQL with the triggers in place: refused ----

    @Test
    void rawSqlOnTheProtocolIsRefusedByTheDatabase() throws Exception {
        Path dir = archive();
        try (Connection c = owner(dir); Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "update paragraph set title = 'X' where meeting_id = " + justerat,
                    "update clause set body = 'X' where paragraph_id in (select id from paragraph where meeting_id = "
                            + justerat + ")",
                    "delete from recipient where paragraph_id in (select id from paragraph where meeting_id = "
                            + justerat + ")",
                    "update meeting set place = 'X' where id = " + justerat,
                    "update protocol_import set source_text = 'X' where meeting_id = " + justerat,
                    "update stored_file set content = X'00'",
                    "update sealed_record set sealed_by = 'X'",
                    "delete from sealed_record",
                    "update audit_entry set os_user = 'X'",
                    "update minutes_lifecycle set status = 'DRAFT' where meeting_id = " + justerat)) {
                assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class);
            }
        }
        assertThat(verifyAll(dir).exitCode).isZero();
    }

    // ---- around the triggers: verify finds it and says what ----

    @Test
    void aClauseChangedBehindADroppedTriggerIsNamed() throws Exception {
        assertDetected(s -> {
            s.execute("drop trigger clause_lock");
            s.executeUpdate("update clause set body = replace(body, 'tillse', 'inte tillse') where paragraph_id = "
                    + "(select id from paragraph where meeting_id = " + justerat + " and number = 98)");
        }, "§ 98", "att-sats");
    }

    @Test
    void aRenamedMemberIsNamed() throws Exception {
        assertDetected(s -> s.executeUpdate("update member set name = name || 'x' where id = (select min(member_id) "
                + "from membership)"), "ledamöter", "namn");
    }

    @Test
    void aRenamedBoardIsNamed() throws Exception {
        assertDetected(s -> s.executeUpdate("update board set name = 'Kommunstyrelsen' where id = (select board_id "
                + "from meeting where id = " + justerat + ")"), "organet, namn");
    }

    @Test
    void changedBilagaBytesAreFound() throws Exception {
        assertDetected(s -> {
            s.execute("drop trigger stored_file_lock");
            s.executeUpdate("update stored_file set content = X'255044462d312e37'");
        }, "bilagefiler");
    }

    @Test
    void anEditedImportSourceIsFound() throws Exception {
        assertDetected(s -> {
            s.execute("drop trigger protocol_import_lock");
            s.executeUpdate("update protocol_import set source_text = source_text || ' ' where meeting_id = " + justerat);
        }, "importerad källa");
    }

    @Test
    void aTruncatedChildTableIsFound() throws Exception {
        assertDetected(s -> s.execute("truncate table recipient"), "mottagare");
    }

    @Test
    void aTableRebuiltWithoutItsTriggerIsFound() throws Exception {
        assertDetected(s -> {
            s.execute("create table motivation_copy as select * from motivation_section");
            s.execute("drop table motivation_section");
            s.execute("create table motivation_section as select * from motivation_copy where ordinal > 0");
            s.execute("drop table motivation_copy");
        }, "avsnitt");
    }

    @Test
    void reJusteringAnEditedProtocolIsFound() throws Exception {
        assertDetected(s -> {
            s.execute("drop trigger minutes_lifecycle_lock");
            s.execute("drop trigger paragraph_lock");
            s.executeUpdate("update minutes_lifecycle set status = 'DRAFT' where meeting_id = " + justerat);
            s.executeUpdate("update paragraph set title = 'Ny rubrik' where meeting_id = " + justerat + " and number = 99");
            s.executeUpdate("update minutes_lifecycle set status = 'POSTED' where meeting_id = " + justerat);
        }, "§ 99", "rubrik");
    }

    @Test
    void aChangedAnslagIsFoundAndThePrintedProtocolNoLongerMatches() throws Exception {
        Path dir = archive();
        try (Connection c = owner(dir); Statement s = c.createStatement()) {
            s.execute("drop trigger minutes_lifecycle_lock");
            s.executeUpdate("update minutes_lifecycle set kept_at = 'Regionstyrelsen' where meeting_id = " + justerat);
        }
        CliRun run = verifyAll(dir);
        assertThat(run.exitCode).as("verify must fail: " + run.out).isEqualTo(VerifyCommand.MISMATCH);
        assertThat(run.err).contains("förvaringsplats", "Regionens kansli");
        // The minutes printed after the anslag state where it is kept; the archive no longer says the same.
        CliRun file = cli("verify", "--data-dir", dir.toString(), "--meeting", Long.toString(justerat), "--pdf",
                template.resolve("protokoll.pdf").toString());
        assertThat(file.exitCode).isEqualTo(VerifyCommand.MISMATCH);
        assertThat(file.err + file.out).contains("visar en annan version av protokollet");
    }

    @Test
    void aDeletedSealedRecordIsFound() throws Exception {
        assertDetected(s -> {
            s.execute("drop trigger sealed_record_lock");
            s.executeUpdate("delete from sealed_record where kind = 'PROTOCOL'");
        }, "ingen förseglad post");
    }

    @Test
    void anEditedSealedRecordIsFound() throws Exception {
        assertDetected(s -> {
            s.execute("drop trigger sealed_record_lock");
            s.executeUpdate("update sealed_record set canonical = replace(canonical, 'Regionstyrelsen', 'Styrelsen')");
        }, "har ändrats efter förseglingen");
    }

    @Test
    void aForgedButChainedAuditEntryIsFound() throws Exception {
        assertDetected(s -> {
            s.execute("drop trigger audit_entry_lock");
            // A forger who knows the hash rule appends a perfectly chained "save" after justering.
            try (ResultSet head = s.executeQuery("select seq, entry_hash from audit_head where meeting_id = " + justerat)) {
                head.next();
                long seq = head.getLong(1) + 1;
                String previous = head.getString(2);
                java.time.LocalDateTime at = java.time.LocalDateTime.of(2025, 6, 1, 10, 0);
                String hash = se.paragraf.domain.audit.AuditEntry.chainHash(previous, justerat, seq, at, "ordforanden",
                        "SPARAD", "paragraph", "§ 98 (id 1)", "0".repeat(64));
                s.executeUpdate("insert into audit_entry values (" + justerat + ", " + seq + ", timestamp '2025-06-01 "
                        + "10:00:00', 'ordforanden', 'SPARAD', 'paragraph', '§ 98 (id 1)', '" + "0".repeat(64) + "', '"
                        + previous + "', '" + hash + "')");
                s.executeUpdate("update audit_head set seq = " + seq + ", entry_hash = '" + hash + "' where meeting_id = "
                        + justerat);
            }
        }, "efter justeringen");
    }

    @Test
    void theNewestAuditEntriesDeletedWithTheHeadSetBackAreFound() throws Exception {
        assertDetected(s -> {
            s.execute("drop trigger audit_entry_lock");
            s.executeUpdate("delete from audit_entry where meeting_id = " + justerat + " and seq > 3");
            s.executeUpdate("update audit_head set seq = 3, entry_hash = (select entry_hash from audit_entry where "
                    + "meeting_id = " + justerat + " and seq = 3) where meeting_id = " + justerat);
        }, "granskningsloggen");
    }

    @Test
    void aMeetingsWholeTrailDeletedIsFound() throws Exception {
        assertDetected(s -> {
            s.execute("drop trigger audit_entry_lock");
            s.executeUpdate("delete from audit_entry where meeting_id = " + justerat);
            s.executeUpdate("delete from audit_head where meeting_id = " + justerat);
        }, "granskningsloggen");
    }

    @Test
    void aScriptEditedAndRunBackIsFound() throws Exception {
        Path dir = archive();
        Path script = work.resolve("arkiv.sql");
        try (Connection c = owner(dir); Statement s = c.createStatement()) {
            s.execute("script to '" + script + "'");
        }
        String sql = Files.readString(script);
        assertThat(sql).contains("Val av justerare");
        Files.writeString(script, sql.replace("Val av justerare", "Val av justeringsperson"));
        Files.delete(dir.resolve("paragraf.mv.db"));
        try (Connection c = owner(dir); Statement s = c.createStatement()) {
            s.execute("runscript from '" + script + "'");
        }
        CliRun run = verifyAll(dir);
        assertThat(run.exitCode).as(run.out).isEqualTo(VerifyCommand.MISMATCH);
        // The script holds the sealed record too: the edit shows as a changed record, or as changed rows.
        assertThat(run.err).contains("Sammanträde " + justerat + ", förseglad post");
    }

    /**
     * Single bits flipped at random in the database file, each in a fresh copy: the archive must
     * then refuse to open, or verify must fail, or the justerat protocol must read exactly as before.
     */
    @Test
    void flippedBitsInTheDatabaseFileNeverChangeTheProtocolUnnoticed() throws Exception {
        Path original = archive();
        String before = export(original);
        Random random = new Random(14);
        long size = Files.size(original.resolve("paragraf.mv.db"));
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path copy = work.resolve("flip" + i);
            copyDir(original, copy);
            try (RandomAccessFile file = new RandomAccessFile(copy.resolve("paragraf.mv.db").toFile(), "rw")) {
                long at = 8192 + (long) (random.nextDouble() * (size - 8192));
                file.seek(at);
                int b = file.read();
                file.seek(at);
                file.write(b ^ (1 << random.nextInt(8)));
            }
            CliRun run = verifyAll(copy);
            if (run.exitCode != 0) {
                outcomes.add("funnen");
                assertThat(run.err).as("a Swedish message, no stack trace").doesNotContain("\tat ");
                continue;
            }
            String after = export(copy);
            if (after.startsWith("0")) {
                assertThat(after).as("flip " + i + " passed verify, so the protocol must be unchanged")
                        .isEqualTo(before);
                outcomes.add("oförändrat");
            } else {
                // The flip lay where verify did not read, and broke the file when it was next written: the
                // archive then refuses to open, in Swedish; it never opens with another protocol.
                assertThat(after).as("flip " + i).doesNotContain("\tat ").containsAnyOf("kunde inte öppnas", "går inte att läsa");
                outcomes.add("vägrar öppna");
            }
        }
        assertThat(outcomes).hasSize(12);
    }

    // ---- helpers ----

    @FunctionalInterface
    private interface Sql {
        void on(Statement s) throws SQLException;
    }

    private void assertDetected(Sql tampering, String... named) throws Exception {
        Path dir = archive();
        try (Connection c = owner(dir); Statement s = c.createStatement()) {
            tampering.on(s);
        }
        CliRun run = verifyAll(dir);
        assertThat(run.exitCode).as("verify must fail: " + run.out).isEqualTo(VerifyCommand.MISMATCH);
        for (String name : named) {
            assertThat(run.err).contains(name);
        }
        assertThat(run.err).doesNotContain("\tat ");
    }

    private static CliRun verifyAll(Path dir) {
        return cli("verify", "--data-dir", dir.toString(), "--all");
    }

    private static String export(Path dir) {
        CliRun run = cli("meeting", "export", "--data-dir", dir.toString(), "--meeting", Long.toString(justerat),
                "--format", "json");
        return run.exitCode + run.out + run.err;
    }

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    /**
     * The database as its owner, as someone holding the archive's files could open it (the
     * attacker this suite plays): they have the key file beside the database too (ADR 0020).
     */
    private static Connection owner(Path dir) throws SQLException {
        ArchiveCredentials.Account owner = ArchiveCredentials.read(dir).owner();
        return DriverManager.getConnection(Database.h2Url(dir), owner.user(), owner.password());
    }

    private static void copyDir(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
