package se.paragraf.ui.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import se.paragraf.application.Services;
import se.paragraf.application.delegation.DecisionForm;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.delegation.Adoption;
import se.paragraf.domain.delegation.Delegate;
import se.paragraf.domain.delegation.DelegationRule;
import se.paragraf.domain.delegation.DelegationScheme;
import se.paragraf.domain.delegation.RoleHolding;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.ui.AppWindow;
import se.paragraf.ui.Screenshots;
import se.paragraf.ui.TestArchive;

/** The Delegation section in the real window, on the demo archive with a scheme and a register. */
class DelegationWindowTest {
    @TempDir
    Path dataDir;
    private TestArchive archive;
    private Stage stage;
    private AppWindow window;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startWindow() throws Exception {
        archive = TestArchive.openIn(dataDir).withDemo();
        fill(archive.services());
        window = AppWindow.start(archive).awaitMeeting("2025-05-20");
        stage = window.stage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
        archive.close();
    }

    /** The seed's regionstyrelse: rules as its § 133 suggests, decisions over the spring, April's reported. */
    static void fill(Services s) {
        MeetingId may = s.listMeetings().all().stream().flatMap(b -> b.meetings().stream())
                .filter(m -> m.paragraphCount() > 0).findFirst().orElseThrow().meeting().id();
        Board board = s.showMeeting().show(may).orElseThrow().board();
        MeetingId april = s.planMeeting().create(board.id(), LocalDate.of(2025, 4, 15), null, null, null, null).id();
        DelegationScheme v1 = s.manageDelegation().adopt(board.id(),
                new Adoption(LocalDate.of(2024, 12, 10), ParagraphNumber.of(201)), LocalDate.of(2025, 1, 1));
        s.manageDelegation().saveRule(v1.id(), null, new DelegationRule("1.1", "Beslut i ärenden som är så brådskande "
                + "att styrelsens avgörande inte kan avvaktas", Delegate.chair(), "Förste vice ordförande", null, null,
                "6 kap. 39 § KL", false, true, null));
        s.manageDelegation().saveRule(v1.id(), null, new DelegationRule("2.1", "Yttrande till regionfullmäktige "
                + "över motioner", Delegate.committee("Finansutskottet"), null, null, null, "5 kap. 35 § KL", false, true,
                null));
        s.manageDelegation().saveRule(v1.id(), null, new DelegationRule("3.2", "Attest av fakturor och utbetalningar",
                Delegate.role("Regiondirektör"), "Ekonomidirektör", 500_000L, "Inom beslutad budget", "Riktlinje Attest",
                true, true, null));
        s.manageDelegation().saveRule(v1.id(), null, new DelegationRule("4.1", "Tecknande av hyresavtal för lokaler "
                + "upp till fem år", Delegate.role("Fastighetschef"), null, 2_000_000L, null, "Jordabalken 12 kap.", false,
                false, null));
        s.manageDelegation().saveRule(v1.id(), null, new DelegationRule("5.1", "Fördelning av bidrag till "
                + "föreningar inom ramen", Delegate.committee("Finansutskottet"), null, 100_000L, null, null, false, true,
                null));
        s.manageDelegation().saveRoleHolding(new RoleHolding("Regiondirektör", "Peter Sjöström", LocalDate.of(2021, 3, 1), null));
        register(s, board, "3.2", "Peter Sjöström", "Regiondirektör", "2025-03-12", "25RS812", "Attest av faktura, Inera AB", false);
        register(s, board, "5.1", "Eva Lund", "Finansutskottet", "2025-03-26", "25RS640", "Bidrag till Sundsvalls idrottsförening", false);
        register(s, board, "1.1", "Glenn Nordlund", "Ordförande", "2025-04-10", null,
                "Yttrande i mål nr 800–25 om laglighetsprövning; nu fråga om inhibition", true);
        s.editAgenda().add(april, s.editAgenda().newMatter(null, "Val av justerare", null)).execute();
        s.editAgenda().number(april).execute();
        s.compileDelegationReport().compile(april);
        s.adjustMinutes().readyForAdjustment(april, LocalDate.of(2025, 4, 22));
        s.adjustMinutes().adjust(april, LocalDate.of(2025, 4, 22));
        register(s, board, "3.2", "Anna Berg", "Regiondirektör", "2025-04-28", "25RS1523", "Attest av konsultfaktura", false);
        register(s, board, "4.1", "Ola Åström", "Fastighetschef", "2025-05-02", "25RS1610", "Hyresavtal, lokal i Härnösand", false);
        register(s, board, "6.3", "Peter Sjöström", "Regiondirektör", "2025-05-07", "25RS1702", "Avtal om städtjänster", false);
        register(s, board, "5.1", "Eva Lund", "Finansutskottet", "2025-05-07", "25RS1755", "Bidrag till kulturförening", false);
    }

    private static void register(Services s, Board board, String rule, String person, String role, String date,
                                 String caseNumber, String description, boolean urgent) {
        s.registerDelegatedDecisions().register(board.id(), new DecisionForm(rule, person, role, LocalDate.parse(date),
                caseNumber == null ? null : CaseNumber.parse(caseNumber), description, !urgent, urgent));
    }

    @Test
    void theSchemeShowsItsRulesWithFlagsAndTheRegisterMarksUnreportedOnes() throws Exception {
        robot.clickOn("#nav-delegation");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".delegation-table").tryQuery().isPresent());
        Screenshots.write(stage.getScene(), "59-delegation-start");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table(5) != null);
        robot.interact(() -> table(5).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".delegation-explanation").queryLabeled().getText()).contains("6 kap. 38 § 2 KL");
        Screenshots.write(stage.getScene(), "60-delegation-scheme");

        robot.clickOn("Delegationsbeslut");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table(7) != null);
        @SuppressWarnings("unchecked")
        TableView<RegisterRow> register = (TableView<RegisterRow>) table(7);
        // March and the ordförandebeslut were in April's report, justerat 2025-04-22.
        assertThat(register.getItems()).filteredOn(RegisterRow::unreported).hasSize(4);
        assertThat(register.getItems()).filteredOn(RegisterRow::hasFault).extracting(RegisterRow::rule)
                .containsExactlyInAnyOrder("1.1", "3.2", "6.3");
        // Glenn Nordlund is not the demo board's chair in its memberships, Anna Berg was never regiondirektör,
        // and 6.3 is not in the scheme.
        Screenshots.write(stage.getScene(), "61-delegation-register");
    }

    private TableView<?> table(int rows) {
        return robot.lookup(".delegation-table").queryAll().stream().map(n -> (TableView<?>) n)
                .filter(t -> t.getItems().size() == rows).findFirst().orElse(null);
    }
}
