package se.paragraf.ui.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.delegation.DelegateKind;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.task.SynchronousTaskExecutor;

class DelegationViewModelTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private DelegationViewModel vm;
    private Board board;

    @BeforeEach
    void open() {
        archive = TestArchive.openIn(dataDir.resolve("arkiv"));
        board = archive.services().manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
        vm = new DelegationViewModel(archive.services(), new SynchronousTaskExecutor());
        vm.loadBoards();
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void theFirstBoardIsChosenAndHasNoSchemeYet() {
        assertThat(vm.boardProperty().get()).isEqualTo(board);
        assertThat(vm.scheme().versions()).isEmpty();
        vm.scheme().saveRule();
        assertThat(vm.scheme().messageProperty().get()).isEqualTo("Lägg först till en version av delegationsordningen.");
    }

    @Test
    void aRuleInANonDelegableMatterIsFlaggedWhileTypedAndAfterSaving() {
        SchemeViewModel scheme = vm.scheme();
        scheme.adopt(LocalDate.of(2024, 12, 10), "201", LocalDate.of(2025, 1, 1));
        assertThat(scheme.versions()).hasSize(1);
        assertThat(scheme.describe(scheme.versionProperty().get()))
                .isEqualTo("Version 1: gäller från 2025-01-01, antagen 2024-12-10, § 201");

        scheme.codeProperty().set("2.1");
        scheme.matterKindProperty().set("Yttrande till regionfullmäktige över motioner");
        assertThat(scheme.liveFlagProperty().get()).contains("6 kap. 38 § 2 KL");
        scheme.delegateKindProperty().set(DelegateKind.COMMITTEE);
        scheme.delegateNameProperty().set("Finansutskottet");
        scheme.saveRule();

        assertThat(scheme.messageProperty().get()).startsWith("Punkt 2.1 är sparad, men flaggad");
        assertThat(scheme.rules()).singleElement().satisfies(row -> {
            assertThat(row.flagged()).isTrue();
            assertThat(row.explanation()).contains("fullmäktige beslutar nämnden själv");
        });
    }

    @Test
    void editingFillsTheFormAndANewVersionStartsWithTheOldRules() {
        SchemeViewModel scheme = attestRule();
        scheme.amountProperty().set("500 000");
        scheme.furtherProperty().set(true);
        scheme.saveRule();
        scheme.newRule();
        assertThat(scheme.codeProperty().get()).isEmpty();

        scheme.edit(scheme.rules().get(0));
        assertThat(scheme.amountProperty().get()).isEqualTo("500000");
        assertThat(scheme.rules().get(0).limits()).isEqualTo("högst 500\u00a0000 kr");
        scheme.amountProperty().set("mycket");
        scheme.saveRule();
        assertThat(scheme.messageProperty().get()).isEqualTo("Beloppet \"mycket\" ska vara hela kronor, till exempel 500000.");

        scheme.adopt(LocalDate.of(2025, 5, 20), "99", LocalDate.of(2025, 6, 1));
        assertThat(scheme.versions()).extracting(v -> v.version()).containsExactly(2, 1);
        assertThat(scheme.versionProperty().get().version()).isEqualTo(2);
        assertThat(scheme.rules()).extracting(RuleRow::code).containsExactly("3.2");
        assertThat(scheme.describe(scheme.versions().get(1))).contains("till och med 2025-05-31");
    }

    @Test
    void theRegisterShowsEntriesWithStatusAndFlagsAndFilters() {
        attestRule().saveRule();
        RegisterViewModel register = vm.register();

        register.ruleProperty().set("3.2");
        register.personProperty().set("Per Ek");
        register.roleProperty().set("Regiondirektör");
        register.decidedOnProperty().set(LocalDate.of(2025, 4, 2));
        register.caseNumberProperty().set("inte ett dnr");
        register.descriptionProperty().set("Attest Inera");
        assertThat(register.problem()).startsWith("\"inte ett dnr\" är inget giltigt diarienummer.");
        register.caseNumberProperty().set("25RS48");
        register.registerDecision();
        register.ruleProperty().set("7.7");
        register.decidedOnProperty().set(LocalDate.of(2025, 4, 3));
        register.descriptionProperty().set("Okänd punkt");
        register.registerDecision();

        assertThat(register.messageProperty().get()).startsWith("Beslutet är registrerat men flaggat: Punkt 7.7 fanns inte");
        assertThat(register.rows()).hasSize(2);
        assertThat(register.rows().get(0).status()).isEqualTo("Ej anmäld");
        assertThat(register.rows().get(0).caseNumber()).isEqualTo("25RS48");
        assertThat(register.rows().get(1).hasFault()).isTrue();
        assertThat(register.summaryProperty().get()).isEqualTo("2 beslut, 2 ej anmälda, 1 flaggade");
        register.fromProperty().set(LocalDate.of(2025, 4, 3));
        assertThat(register.rows()).extracting(RegisterRow::rule).containsExactly("7.7");
        register.statusProperty().set(register.statusChoices().get(2));
        assertThat(register.rows()).isEmpty();
    }

    /** Version 1 adopted and the form filled with 3.2, attest by the regiondirektör, not yet saved. */
    private SchemeViewModel attestRule() {
        SchemeViewModel scheme = vm.scheme();
        scheme.adopt(LocalDate.of(2024, 12, 10), "", LocalDate.of(2025, 1, 1));
        scheme.codeProperty().set("3.2");
        scheme.matterKindProperty().set("Attest av fakturor");
        scheme.delegateNameProperty().set("Regiondirektör");
        return scheme;
    }

    @Test
    void aCsvWithABadLineImportsNothingAndTheMessageNamesTheLine() throws Exception {
        Path csv = dataDir.resolve("beslut.csv");
        Files.writeString(csv, "punkt;beslutsfattare;roll;datum;diarienummer;beskrivning;överklagbart\n"
                + "3.2;Per Ek;Regiondirektör;2025-04-02;25RS48;Attest;ja\n"
                + "3.2;Per Ek;Regiondirektör;igår;25RS48;Attest;ja\n", StandardCharsets.UTF_8);

        vm.register().importFile(csv);

        assertThat(vm.register().messageProperty().get()).startsWith("Inget importerades, eftersom en rad har fel.")
                .contains("Rad 3: datumet \"igår\"");
        assertThat(vm.register().rows()).isEmpty();
    }
}
