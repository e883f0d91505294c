package se.paragraf.application.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.plan.GoalNode;
import se.paragraf.domain.plan.IndicatorKind;
import se.paragraf.domain.plan.OperationalPlan;
import se.paragraf.domain.plan.Period;
import se.paragraf.domain.plan.PlanAssignment;
import se.paragraf.domain.plan.ValueKind;
import se.paragraf.ui.TestArchive;

class PlanImportTest {
    @TempDir
    Path dir;
    private TestArchive archive;
    private ManagePlans plans;

    @BeforeEach
    void open() {
        archive = TestArchive.openIn(dir).withDemo();
        plans = archive.services().managePlans();
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private OperationalPlan newPlan(Period period) {
        Board board = archive.services().manageBoards().boards().stream().filter(b -> b.name().equals("Regionstyrelsen")).findFirst().orElseThrow();
        return plans.create(board.id(), "Nämndplan " + period, period);
    }

    @Test
    void theDemoArchiveHoldsTheSeedPlanWithItsGoalsAndIndicators() {
        OperationalPlan demo = plans.list().get(0);
        assertThat(demo.title()).isEqualTo("Regionstyrelsens verksamhetsplan 2024–2026");
        assertThat(demo.period()).isEqualTo(Period.of(2024, 2026));
        assertThat(demo.areas()).hasSize(3);
        assertThat(demo.nodes()).filteredOn(n -> n.level() == GoalNode.Level.GOAL).hasSize(6)
                .first().extracting(GoalNode::code).isEqualTo("2.1.1");
        assertThat(demo.areas().get(0).title()).isEqualTo("Ett attraktivt Västernorrland med hållbar utveckling");
        assertThat(demo.indicators()).hasSize(17);
        assertThat(demo.indicators().filter(i -> i.name().startsWith("Hållbart säkerhetsengagemang")).findFirst().orElseThrow()
                .value(2024, ValueKind.TARGET).orElseThrow().text()).isEqualTo(">75");
        assertThat(demo.indicators().filter(i -> i.name().startsWith("Civil beredskap")).findFirst().orElseThrow().kind())
                .isEqualTo(IndicatorKind.QUALITATIVE);
        assertThat(demo.followUpMonths()).containsExactly(Month.AUGUST, Month.DECEMBER);
    }

    @Test
    void aNamndplanWithSubGoalsAndAssignmentsImportsFromSemicolonCsvInWindows1252() {
        OperationalPlan plan = newPlan(Period.of(2024, 2024));
        String csv = """
                Mål;Delmål;Indikator;Utfall 2022;Mål 2024;Tidpunkt för uppföljning
                Bättre och jämlik hälsa;Regionen ska arbeta för att främja hälsa;Medellivslängd;82,1;Öka;apr, aug & dec
                ;;Andel rökare;12 %;10 %;apr, aug & dec

                Riktade uppdrag från fullmäktige till nämnd;Riktas till;Redovisas
                Formalisera arbetet med att minska hyrberoendet;Hälso- och sjukvårdsnämnden och regionstyrelsen;Senast juni 2024
                Minska tjänsteresandet med 15 procent;Alla nämnder och styrelser;
                """;
        OperationalPlan imported = plans.importTable(plan.id(), "namndplan.csv", csv.getBytes(Charset.forName("windows-1252")));

        assertThat(imported.nodes()).extracting(GoalNode::level)
                .containsExactly(GoalNode.Level.AREA, GoalNode.Level.GOAL, GoalNode.Level.SUB_GOAL);
        assertThat(imported.areas().get(0).goals().get(0).subGoals().get(0).indicators()).hasSize(2);
        assertThat(imported.followUpMonths()).containsExactly(Month.APRIL, Month.AUGUST, Month.DECEMBER);
        PlanAssignment first = imported.assignments().get(0);
        assertThat(first.givenBy()).isEqualTo("Fullmäktige");
        assertThat(first.directedTo()).containsExactly("Hälso- och sjukvårdsnämnden", "regionstyrelsen");
        assertThat(first.due().date()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(first.due().text()).isEqualTo("Senast juni 2024");
        assertThat(imported.assignments().get(1).directedTo()).containsExactly("Alla nämnder och styrelser");
        assertThat(plans.show(plan.id())).isEqualTo(imported);
    }

    @Test
    void wrongLinesAreAllReportedInSwedishWithTheirNumbersAndNothingIsImported() {
        OperationalPlan plan = newPlan(Period.of(2025, 2025));
        String csv = """
                Målområde;Mål;Indikator;Typ;Utfall 2024;Målnivå 2025
                Folkhälsa;God hälsa;Samverkan;kvalitativ;Ja;75
                ;;Antal besök;rund;10;12
                Folkhälsa;;;;3;4
                """;
        assertThatThrownBy(() -> plans.importTable(plan.id(), "fel.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PlanImportException.class)
                .satisfies(e -> assertThat(((PlanImportException) e).problems()).containsExactly(
                        "Rad 2: Indikatorn \"Samverkan\" är kvalitativ, så målnivå 2025 ska vara Ja, Delvis eller Nej, inte \"75\".",
                        "Rad 3: typen \"rund\" är okänd. Skriv kvantitativ eller kvalitativ.",
                        "Rad 4: raden har värden men ingen indikator. Fyll i kolumnen Indikator."))
                .hasMessageStartingWith("Planen importerades inte.");
        assertThat(plans.show(plan.id()).areas()).isEmpty();
    }

    @Test
    void aFileWithoutHeaderSaysWhatTheFirstLineShouldHold() {
        OperationalPlan plan = newPlan(Period.of(2025, 2025));
        assertThatThrownBy(() -> plans.importTable(plan.id(), "x.csv", "Folkhälsa;God hälsa\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("Rad 1: filen måste börja med en rubrikrad");
    }

    @Test
    void anXlsxSheetImportsLikeTheCsv() throws IOException {
        OperationalPlan plan = newPlan(Period.of(2019, 2019));
        byte[] xlsx = xlsx(new String[] {"Beskrivning av uppdrag", "Redovisas för regionstyrelsen"},
                new String[] {"Utred och föreslå organisering av ägarstyrning", "Senast april 2019"});
        OperationalPlan imported = plans.importTable(plan.id(), "vp2019.xlsx", xlsx);
        assertThat(imported.assignments()).singleElement().satisfies(a -> {
            assertThat(a.task()).isEqualTo("Utred och föreslå organisering av ägarstyrning");
            assertThat(a.due().date()).isEqualTo(LocalDate.of(2019, 4, 30));
            assertThat(a.givenBy()).isEqualTo("Regionstyrelsen");
        });
    }

    @Test
    void copyToNextPeriodStoresANewPlanAndRefusesASecondCopy() {
        OperationalPlan demo = plans.list().get(0);
        OperationalPlan copy = plans.copyToNextPeriod(demo.id());
        assertThat(plans.show(copy.id()).period()).isEqualTo(Period.of(2027, 2029));
        assertThat(plans.show(copy.id()).indicators()).hasSize(17);
        assertThat(plans.show(demo.id())).isEqualTo(demo);
        assertThatThrownBy(() -> plans.copyToNextPeriod(demo.id())).hasMessageContaining("har redan en plan för 2027–2029");
    }

    /** A minimal XLSX file as Excel writes it: shared strings and one sheet. */
    private static byte[] xlsx(String[]... rows) throws IOException {
        StringBuilder strings = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        StringBuilder sheet = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        int index = 0;
        for (int r = 0; r < rows.length; r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows[r].length; c++) {
                strings.append("<si><t>").append(rows[r][c]).append("</t></si>");
                sheet.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"s\"><v>").append(index++).append("</v></c>");
            }
            sheet.append("</row>");
        }
        strings.append("</sst>");
        sheet.append("</sheetData></worksheet>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(strings.toString().getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheet.toString().getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
