package se.paragraf.domain.adjustment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;

/** The anslag's legal facts: recorded values win; computed ones are proposals before the anslag. */
class NoticeFactsTest {
    /** Högsby kommunstyrelse, Monday 2007-01-08, justerat Wednesday 2007-01-10. */
    private static final MinutesLifecycle ADJUSTED = MinutesLifecycle.begin(
                    new Meeting(new MeetingId(1), new BoardId(1), LocalDate.of(2007, 1, 8), null, null, null, null))
            .readyForAdjustment(LocalDate.of(2007, 1, 9)).adjust(LocalDate.of(2007, 1, 10));

    @Test
    void nothingBeforeJusteringAndOnlyAProposalBeforeTheAnslag() {
        MinutesLifecycle draft = MinutesLifecycle.begin(
                new Meeting(new MeetingId(2), new BoardId(1), LocalDate.of(2007, 1, 8), null, null, null, null));
        assertThat(NoticeFacts.of(draft, null, null)).isEmpty();
        assertThat(NoticeFacts.recorded(ADJUSTED)).isEmpty();

        NoticeFacts proposal = NoticeFacts.of(ADJUSTED, null, "Kommunhuset, Högsby").orElseThrow();
        assertThat(proposal.recorded()).isFalse();
        // The last lawful posting day, the second day after justering; three weeks on; the day after.
        assertThat(proposal.postedOn()).isEqualTo("2007-01-12");
        assertThat(proposal.lastDayOfAppeal()).isEqualTo("2007-02-02");
        assertThat(proposal.takeDownOn()).isEqualTo("2007-02-03");
    }

    @Test
    void theRecordedAnslagWinsOverEveryProposal() {
        MinutesLifecycle posted = ADJUSTED.post(LocalDate.of(2007, 1, 11), LocalDate.of(2007, 2, 9),
                "Kommunhuset, Högsby");

        NoticeFacts facts = NoticeFacts.of(posted, LocalDate.of(2007, 1, 20), "Kommunstyrelsen").orElseThrow();
        assertThat(facts).isEqualTo(NoticeFacts.recorded(posted).orElseThrow());
        assertThat(facts).isEqualTo(new NoticeFacts(LocalDate.of(2007, 1, 11), LocalDate.of(2007, 2, 9),
                LocalDate.of(2007, 2, 1), "Kommunhuset, Högsby", true));
        assertThat(Notice.of(posted, "Kommunstyrelsen", "§§ 1–3").legalFacts()).isEqualTo(facts);
        // Taken down later: the notice still states the day it said it would come down.
        assertThat(NoticeFacts.recorded(posted.takeDown(LocalDate.of(2007, 2, 12))).orElseThrow()).isEqualTo(facts);
    }

    @Test
    void aProposalOverChristmasEndsOnTheNextWeekday() {
        NoticeFacts proposal = NoticeFacts.proposed(LocalDate.of(2025, 12, 3), null, null);
        assertThat(proposal.lastDayOfAppeal()).isEqualTo("2025-12-29");
        assertThat(proposal.takeDownOn()).isEqualTo("2025-12-30");
    }
}
