package se.paragraf.application.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.application.document.MinutesOptions;
import se.paragraf.document.PdfReadBack;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.delegation.Delegate;
import se.paragraf.domain.delegation.DelegatedDecision;
import se.paragraf.domain.delegation.DelegationRule;
import se.paragraf.domain.delegation.DelegationScheme;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Attachment;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;

/**
 * Decisions registered over two meetings: what each "Anmälan av delegationsbeslut" holds, that
 * justering marks exactly those, and that nothing is reported twice or left out, also when the
 * report is compiled twice and a decision arrives between compiling and justering.
 */
class DelegationReportOverTwoMeetingsTest {
    @TempDir
    Path dataDir;

    @Test
    void eachReportHoldsWhatIsDueAndJusteringMarksExactlyThat() throws Exception {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            TwoMeetings two = TwoMeetings.in(s);
            Board board = two.board();
            MeetingId april = two.april();
            MeetingId may = two.may();
            DelegationScheme scheme = two.scheme();
            s.manageDelegation().saveRule(scheme.id(), null, DelegationRule.of("5.1", "Bidrag till föreningar",
                    Delegate.committee("Finansutskottet")));
            s.manageDelegation().saveRule(scheme.id(), null, DelegationRule.of("1.1", "Brådskande ärenden",
                    Delegate.chair()));
            s.manageDelegation().saveRule(scheme.id(), null, new DelegationRule("4.1", "Hyresavtal",
                    Delegate.role("Fastighetschef"), null, null, null, null, false, false, null));

            register(s, board, "3.2", "Per Ek", "Regiondirektör", "2025-03-02", "Attest Inera");
            register(s, board, "5.1", "Eva Lund", "Finansutskottet", "2025-03-26", "Bidrag till idrottsförening");
            register(s, board, "4.1", "Ola Ås", "Fastighetschef", "2025-03-27", "Hyresavtal lokal");
            register(s, board, "3.2", "Per Ek", "Regiondirektör", "2025-04-20", "Attest efter april");

            // April: the agenda is numbered first, then the report is compiled twice (idempotent).
            s.editAgenda().add(april, s.editAgenda().newMatter(null, "Val av justerare", null)).execute();
            s.editAgenda().number(april).execute();
            s.compileDelegationReport().compile(april);
            CompiledReport aprilReport = s.compileDelegationReport().compile(april);

            assertThat(descriptions(aprilReport.report().included()))
                    .containsExactly("Attest Inera", "Bidrag till idrottsförening");
            Paragraph aprilParagraph = s.editParagraph().load(aprilReport.reportParagraph().orElseThrow()).orElseThrow();
            assertThat(aprilParagraph.title()).isEqualTo("Anmälan av delegationsbeslut");
            assertThat(aprilParagraph.sections()).extracting(MotivationSection::heading).containsExactly(
                    "3.2 Attest av fakturor – Regiondirektör", "5.1 Bidrag till föreningar – Finansutskottet");
            assertThat(aprilParagraph.sections().get(0).text())
                    .isEqualTo("2025-03-02  25RS1  Attest Inera (Per Ek, Regiondirektör)");
            assertThat(aprilParagraph.attachments()).extracting(Attachment::title).containsExactly(
                    "Redovisning av beslut fattade på delegation från Regionstyrelsen till Finansutskottet 2025-03-26",
                    "Redovisning av beslut fattade på delegation från Regionstyrelsen till Regiondirektör 2025-03-02");
            assertThat(aprilParagraph.attachments()).extracting(Attachment::label).containsExactly("1", "2");
            assertThat(s.showMeeting().show(april).orElseThrow().paragraphs())
                    .filteredOn(p -> p.title().equals("Anmälan av delegationsbeslut")).hasSize(1);
            Path pdf = dataDir.resolve("lista.pdf");
            Files.write(pdf, s.attachFile().content(aprilParagraph.attachments().get(0).storedFile().orElseThrow())
                    .orElseThrow());
            Files.copy(pdf, Path.of("target", "delegationslista.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThat(PdfReadBack.text(pdf)).contains("Bidrag till idrottsförening").contains("Eva Lund,").contains("2025-03-26")
                    .contains("Punkt 5.1: Bidrag till föreningar");
            assertThat(PdfReadBack.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
            assertThat(PdfReadBack.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();

            // The report § as printed in the minutes: its heading, a section per rule and delegate, the bilagor.
            Path minutes = dataDir.resolve("protokoll-april.pdf");
            s.renderMinutes().minutes(april, MinutesOptions.FULL, minutes);
            assertThat(PdfReadBack.text(minutes).replaceAll("\\s+", " "))
                    .contains("Anmälan av delegationsbeslut")
                    .contains("3.2 Attest av fakturor – Regiondirektör")
                    .contains("2025-03-02 25RS1 Attest Inera (Per Ek, Regiondirektör)")
                    .contains("5.1 Bidrag till föreningar – Finansutskottet")
                    .contains("bilaga 1");
            assertThat(PdfReadBack.failedRules(minutes, PDFAFlavour.PDFA_2_A)).isEmpty();

            // Registered after April's report was compiled, dated before the meeting: not in April's protocol.
            register(s, board, "1.1", "Eva Lund", "Ordförande", "2025-04-10", "Yttrande i mål nr 800-25", true);
            assertThat(s.compileDelegationReport().preview(april).included()).hasSize(3);

            justera(s, april, LocalDate.of(2025, 4, 22));

            List<DelegatedDecision> reportedInApril = s.registerDelegatedDecisions().list(RegisterFilter.all(board.id()))
                    .stream().map(RegisterEntry::decision).filter(DelegatedDecision::isReported).toList();
            assertThat(descriptions(reportedInApril)).containsExactlyInAnyOrder("Attest Inera", "Bidrag till idrottsförening");
            assertThat(reportedInApril).allSatisfy(d -> assertThat(d.reportedOn()).isEqualTo(LocalDate.of(2025, 4, 22)));
            assertThatThrownBy(() -> s.compileDelegationReport().compile(april)).hasMessageContaining("justerades");
            assertThat(s.markDelegatedDecisionsReported().mark(april, LocalDate.of(2025, 4, 30))).isZero();

            // May, agenda not numbered: the item carries the summary; after numbering the § is written.
            CompiledReport mayDraft = s.compileDelegationReport().compile(may);
            assertThat(mayDraft.reportParagraph()).isEmpty();
            assertThat(s.editAgenda().show(may).matters()).singleElement()
                    .satisfies(i -> assertThat(i.proposal()).isEqualTo("2 delegationsbeslut, varav 1 ordförandebeslut."));
            s.editAgenda().number(may).execute();
            CompiledReport mayReport = s.compileDelegationReport().compile(may);

            assertThat(descriptions(mayReport.report().included()))
                    .containsExactly("Yttrande i mål nr 800-25", "Attest efter april")
                    .doesNotContain("Hyresavtal lokal");
            Paragraph mayParagraph = s.editParagraph().load(mayReport.reportParagraph().orElseThrow()).orElseThrow();
            assertThat(mayParagraph.sections()).extracting(MotivationSection::heading).containsExactly(
                    "1.1 Brådskande ärenden – Ordförande", "3.2 Attest av fakturor – Regiondirektör",
                    "Ordförandebeslut (6 kap. 39 § kommunallagen)");
            justera(s, may, LocalDate.of(2025, 5, 27));

            List<DelegatedDecision> all = s.registerDelegatedDecisions().list(RegisterFilter.all(board.id())).stream()
                    .map(RegisterEntry::decision).toList();
            assertThat(all).filteredOn(DelegatedDecision::isReported).hasSize(4);
            // The lease is under a rule that is not reported (6 kap. 40 §): it stays out of both reports.
            assertThat(all).filteredOn(d -> !d.isReported()).extracting(DelegatedDecision::description)
                    .containsExactly("Hyresavtal lokal");
            assertThat(all).filteredOn(d -> d.description().equals("Attest efter april")).singleElement()
                    .satisfies(d -> assertThat(d.reportMeeting()).isEqualTo(may));
        }
    }

    private static void justera(Services s, MeetingId meeting, LocalDate on) {
        s.adjustMinutes().readyForAdjustment(meeting, on);
        s.adjustMinutes().adjust(meeting, on);
    }

    private static List<String> descriptions(List<DelegatedDecision> decisions) {
        return decisions.stream().map(DelegatedDecision::description).toList();
    }

    private static void register(Services s, Board board, String rule, String person, String role, String date,
                                 String description) {
        register(s, board, rule, person, role, date, description, false);
    }

    private static void register(Services s, Board board, String rule, String person, String role, String date,
                                 String description, boolean urgent) {
        s.registerDelegatedDecisions().register(board.id(), new DecisionForm(rule, person, role, LocalDate.parse(date),
                description.startsWith("Attest Inera") ? CaseNumber.parse("25RS1") : null, description, true, urgent));
    }
}
