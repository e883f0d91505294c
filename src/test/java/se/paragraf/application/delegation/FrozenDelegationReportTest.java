package se.paragraf.application.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.application.document.MinutesOptions;
import se.paragraf.document.PdfReadBack;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.delegation.DelegatedDecision;
import se.paragraf.domain.delegation.DelegationScheme;
import se.paragraf.domain.meeting.MeetingId;

/**
 * A list of delegationsbeslut imported after a protocol is justerat, dated before its meeting,
 * cannot change that protocol's "Anmälan av delegationsbeslut": the minutes print the § as
 * justerat, the report shown for the meeting is the one it holds, the record still verifies, and
 * the late decision waits for the next meeting's report.
 */
class FrozenDelegationReportTest {
    @TempDir
    Path dataDir;

    @Test
    void aLateImportDatedBeforeAJusteratMeetingLeavesItsReportAsJusterat() throws Exception {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            TwoMeetings two = TwoMeetings.in(s);
            Board board = two.board();
            MeetingId april = two.april();
            MeetingId may = two.may();
            DelegationScheme scheme = two.scheme();
            s.registerDelegatedDecisions().register(board.id(), new DecisionForm("3.2", "Per Ek", "Regiondirektör",
                    LocalDate.of(2025, 3, 2), null, "Attest Inera", true, false));
            s.editAgenda().add(april, s.editAgenda().newMatter(null, "Val av justerare", null)).execute();
            s.editAgenda().number(april).execute();
            s.compileDelegationReport().compile(april);
            s.adjustMinutes().readyForAdjustment(april, LocalDate.of(2025, 4, 22));
            s.adjustMinutes().adjust(april, LocalDate.of(2025, 4, 22));

            Path before = dataDir.resolveSibling(dataDir.getFileName() + "-före.pdf");
            s.renderMinutes().minutes(april, MinutesOptions.FULL, before);
            String printedBefore = PdfReadBack.text(before);
            assertThat(printedBefore).contains("Anmälan av delegationsbeslut", "Attest Inera");

            String csv = "punkt;beslutsfattare;roll;datum;diarienummer;beskrivning;överklagbart;ordförandebeslut\n"
                    + "3.2;Per Ek;Regiondirektör;2025-04-01;;Attest inkommen sent;ja;nej\n";
            s.importDelegatedDecisions().importCsv(board.id(), csv.getBytes(StandardCharsets.UTF_8));

            Path after = dataDir.resolveSibling(dataDir.getFileName() + "-efter.pdf");
            s.renderMinutes().minutes(april, MinutesOptions.FULL, after);
            assertThat(PdfReadBack.text(after)).isEqualTo(printedBefore).doesNotContain("Attest inkommen sent");
            assertThat(descriptions(s.compileDelegationReport().preview(april).included()))
                    .containsExactly("Attest Inera");
            assertThat(s.verifyMeeting().verify(april, null, null).problems()).isEmpty();
            assertThat(descriptions(s.compileDelegationReport().preview(may).included()))
                    .containsExactly("Attest inkommen sent");
        }
    }

    private static List<String> descriptions(List<DelegatedDecision> decisions) {
        return decisions.stream().map(DelegatedDecision::description).toList();
    }
}
