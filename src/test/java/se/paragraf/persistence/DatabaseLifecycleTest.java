package se.paragraf.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.Repositories;
import se.paragraf.application.archive.ArchiveInfo;
import se.paragraf.application.archive.DescribeArchive;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.shared.DomainException;

class DatabaseLifecycleTest {
    @TempDir
    Path dataDir;

    @Test
    void aTransactionThatThrowsLeavesNothingBehind() {
        try (Database database = Database.openH2(dataDir)) {
            assertThatThrownBy(() -> database.unitOfWork().run(r -> {
                Archive.paragraph98(r, Archive.meeting(r, Archive.board(r, "Regionstyrelsen"), LocalDate.of(2025, 5, 20)));
                throw new DomainException("Avbrutet av testet.");
            })).isExactlyInstanceOf(DomainException.class).hasMessage("Avbrutet av testet.");

            ArchiveInfo info = new DescribeArchive(database.unitOfWork(), database.facts()).describe();
            assertThat(info.isEmpty()).isTrue();
            assertThat(database.unitOfWork().transaction((Repositories r) -> r.boards().findByName("Regionstyrelsen")))
                    .isEmpty();
        }
    }

    @Test
    void dataSurvivesCloseAndReopen() {
        Paragraph saved;
        try (Database database = Database.openH2(dataDir)) {
            saved = database.unitOfWork().transaction(r -> Archive.paragraph98(r,
                    Archive.meeting(r, Archive.board(r, "Regionstyrelsen"), LocalDate.of(2025, 5, 20))));
        }
        try (Database database = Database.openH2(dataDir)) {
            assertThat(database.unitOfWork().transaction((Repositories r) -> r.paragraphs().findById(saved.id())))
                    .contains(saved);
            // Ids continue after the ones already used instead of starting over.
            assertThat(database.unitOfWork().transaction((Repositories r) -> r.paragraphs().nextId().value()))
                    .isGreaterThan(saved.id().value());
        }
    }

    @Test
    void reopeningAMigratedArchiveMigratesNothingAndReportsItsFacts() throws Exception {
        try (Database database = Database.openH2(dataDir)) {
            database.unitOfWork().run(r -> Archive.board(r, "Regionstyrelsen"));
        }
        String historyAfterFirstOpening = schemaHistory();
        try (Database database = Database.openH2(dataDir)) {
            assertThat(database.facts().schemaVersion()).isEqualTo(Database.LATEST_MIGRATION);
            assertThat(database.facts().location()).isEqualTo(dataDir.toAbsolutePath().normalize().toString());
            assertThat(database.unitOfWork().transaction((Repositories r) -> r.boards().count())).isEqualTo(1);
        }
        assertThat(schemaHistory()).contains("|1|").contains("|2|").isEqualTo(historyAfterFirstOpening);
    }

    private String schemaHistory() throws Exception {
        StringBuilder history = new StringBuilder();
        var owner = ArchiveCredentials.read(dataDir).owner();
        try (var connection = java.sql.DriverManager.getConnection(Database.h2Url(dataDir), owner.user(),
                owner.password());
             var rows = connection.createStatement().executeQuery(
                     "select installed_rank, version, installed_on from flyway_schema_history order by installed_rank")) {
            while (rows.next()) {
                history.append(rows.getInt(1)).append('|').append(rows.getString(2)).append('|')
                        .append(rows.getString(3)).append('\n');
            }
        }
        return history.toString();
    }

    @Test
    void aSecondOpeningInTheSameProcessIsRefusedInSwedish() {
        try (Database first = Database.openH2(dataDir)) {
            assertThat(first.facts().schemaVersion()).isEqualTo(Database.LATEST_MIGRATION);
            assertThatThrownBy(() -> Database.openH2(dataDir))
                    .isInstanceOf(ArchiveInUseException.class)
                    .hasMessageContaining("används redan av ett annat Paragraf-fönster");
        }
        // The refused attempt must not have broken the lock of the one that was open.
        try (Database reopened = Database.openH2(dataDir)) {
            assertThat(reopened.facts().schemaVersion()).isEqualTo(Database.LATEST_MIGRATION);
        }
    }

    @Test
    void aSecondProcessIsRefusedWhileTheArchiveIsOpen(@TempDir Path scratch) throws Exception {
        try (Database first = Database.openH2(dataDir)) {
            assertThat(first.facts().schemaVersion()).isEqualTo(Database.LATEST_MIGRATION);
            Path output = scratch.resolve("second-process.txt");
            Process second = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    OpenArchiveMain.class.getName(), dataDir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            boolean exited = second.waitFor(60, TimeUnit.SECONDS);
            if (!exited) {
                second.destroyForcibly();
            }
            assertThat(exited).as("second process ended within a minute").isTrue();
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(printed).contains("Arkivet i " + dataDir.toAbsolutePath().normalize()
                    + " används redan av ett annat Paragraf-fönster. Stäng det först, eller starta med --data-dir "
                    + "för att välja ett annat arkiv.");
            assertThat(second.exitValue()).isNotZero();
        }
    }

    @Test
    void aDamagedDatabaseFileGetsASwedishMessage() throws IOException {
        Files.write(dataDir.resolve("paragraf.mv.db"), "detta är ingen databas".repeat(500).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Database.openH2(dataDir))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("Databasfilen i " + dataDir.toAbsolutePath().normalize() + " går inte att läsa");
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedGetsASwedishMessage() throws IOException {
        Path file = Files.writeString(dataDir.resolve("en-fil"), "x");

        assertThatThrownBy(() -> Database.openH2(file.resolve("arkiv")))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Paragraf kan inte skapa arkivmappen");
    }
}
