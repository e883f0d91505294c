package se.paragraf.domain.adjustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.paragraf.domain.adjustment.LifecycleWarning.Kind;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.shared.DomainException;

class MinutesLifecycleTest {
    /** The seed protocol's meeting: Tuesday 2025-05-20. */
    private static final LocalDate MEETING = LocalDate.of(2025, 5, 20);
    private static final String KEPT = "Regionens kansli, Regionens hus, Härnösand";
    private static final MinutesLifecycle DRAFT = MinutesLifecycle.begin(
            new Meeting(new MeetingId(1), new BoardId(1), MEETING, null, null, null, null));

    private static MinutesLifecycle ready() {
        return DRAFT.readyForAdjustment(LocalDate.of(2025, 5, 21));
    }

    private static MinutesLifecycle adjusted() {
        return ready().adjust(LocalDate.of(2025, 5, 23));
    }

    private static MinutesLifecycle posted() {
        return adjusted().post(LocalDate.of(2025, 5, 26), LocalDate.of(2025, 6, 17), KEPT);
    }

    @Test
    void walksTheLawfulPathOneStepAtATime() {
        MinutesLifecycle over = posted().takeDown(LocalDate.of(2025, 6, 17));
        assertThat(DRAFT.status()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(ready().status()).isEqualTo(MinutesStatus.READY_FOR_ADJUSTMENT);
        assertThat(adjusted().status()).isEqualTo(MinutesStatus.ADJUSTED);
        assertThat(posted().status()).isEqualTo(MinutesStatus.POSTED);
        assertThat(over.status()).isEqualTo(MinutesStatus.APPEAL_PERIOD_OVER);
        assertThat(over.adjustedOn()).isEqualTo("2025-05-23");
        assertThat(over.postedOn()).isEqualTo("2025-05-26");
        assertThat(over.takenDownOn()).isEqualTo("2025-06-17");
        assertThat(List.of(DRAFT.isLocked(), ready().isLocked(), adjusted().isLocked(), posted().isLocked(),
                over.isLocked())).containsExactly(false, false, true, true, true);
    }

    @Test
    void readyMinutesCanGoBackToDraftButJusteratCannot() {
        assertThat(ready().reopen()).isEqualTo(DRAFT);
        assertThatThrownBy(() -> adjusted().reopen()).isInstanceOf(DomainException.class)
                .hasMessageContaining("justerat");
    }

    /** Every verb refused from every status it does not start from: nothing skips a step. */
    @ParameterizedTest
    @EnumSource(MinutesStatus.class)
    void everyVerbOnlyFromItsOwnStep(MinutesStatus from) {
        MinutesLifecycle at = switch (from) {
            case DRAFT -> DRAFT;
            case READY_FOR_ADJUSTMENT -> ready();
            case ADJUSTED -> adjusted();
            case POSTED -> posted();
            case APPEAL_PERIOD_OVER -> posted().takeDown(LocalDate.of(2025, 6, 20));
        };
        List<Verb> verbs = List.of(
                new Verb(MinutesStatus.DRAFT, l -> l.readyForAdjustment(LocalDate.of(2025, 5, 21))),
                new Verb(MinutesStatus.READY_FOR_ADJUSTMENT, l -> l.adjust(LocalDate.of(2025, 5, 23))),
                new Verb(MinutesStatus.READY_FOR_ADJUSTMENT, MinutesLifecycle::reopen),
                new Verb(MinutesStatus.ADJUSTED, l -> l.post(LocalDate.of(2025, 5, 26), LocalDate.of(2025, 6, 17), KEPT)),
                new Verb(MinutesStatus.POSTED, l -> l.takeDown(LocalDate.of(2025, 6, 20))));
        for (Verb verb : verbs) {
            if (verb.from == from) {
                assertThat(verb.apply.apply(at)).isNotNull();
            } else {
                assertThatThrownBy(() -> verb.apply.apply(at)).isInstanceOf(DomainException.class)
                        .hasMessageStartingWith("Protokollet kan inte");
            }
        }
    }

    private record Verb(MinutesStatus from, UnaryOperator<MinutesLifecycle> apply) {
    }

    @Test
    void datesBeforeTheMeetingOrThePreviousStepAreRefused() {
        assertThatThrownBy(() -> DRAFT.readyForAdjustment(LocalDate.of(2025, 5, 19)))
                .hasMessageContaining("före sammanträdet 2025-05-20");
        MinutesLifecycle readyLate = DRAFT.readyForAdjustment(LocalDate.of(2025, 5, 22));
        assertThatThrownBy(() -> readyLate.adjust(LocalDate.of(2025, 5, 21)))
                .hasMessageContaining("före dagen det blev klart");
        assertThatThrownBy(() -> adjusted().post(LocalDate.of(2025, 5, 22), LocalDate.of(2025, 7, 1), KEPT))
                .hasMessageContaining("före justeringen");
    }

    /** Posted 2025-05-26: three weeks end Monday 2025-06-16; the notice stays up all that day. */
    @Test
    void theNoticeStaysUpUntilTheAppealPeriodHasRunOut() {
        assertThatThrownBy(() -> adjusted().post(LocalDate.of(2025, 5, 26), LocalDate.of(2025, 6, 16), KEPT))
                .hasMessageContaining("går ut 2025-06-16").hasMessageContaining("Välj 2025-06-17");
        assertThatThrownBy(() -> posted().takeDown(LocalDate.of(2025, 6, 16)))
                .hasMessageContaining("före 2025-06-17");
        assertThat(posted().deadlines().lastDayOfAppeal()).isEqualTo("2025-06-16");
        assertThat(posted().deadlines().takeDownFrom()).isEqualTo("2025-06-17");
    }

    @Test
    void deadlinesFollowTheLawAndMoveOffWeekends() {
        LifecycleDeadlines d = posted().deadlines();
        assertThat(d.adjustBy()).isEqualTo("2025-06-03");
        assertThat(d.postBy()).isEqualTo("2025-05-26").as("justerat fredag: andra dagen är söndag → måndag");
        assertThat(DRAFT.deadlines().postBy()).isNull();
        assertThat(DRAFT.deadlines().lastDayOfAppeal()).isNull();
        // 2025-06-10 + 14 = 2025-06-24, a Tuesday: stays.
        assertThat(LifecycleDeadlines.adjustBy(LocalDate.of(2025, 6, 10))).isEqualTo("2025-06-24");
        // 2025-06-06 + 14 = 2025-06-20, midsommarafton → Monday 2025-06-23.
        assertThat(LifecycleDeadlines.adjustBy(LocalDate.of(2025, 6, 6))).isEqualTo("2025-06-23");
    }

    @Test
    void warnsAboutJusteringBeforeTheLimitAndWhenItIsPast() {
        assertThat(DRAFT.warnings(LocalDate.of(2025, 5, 29))).isEmpty();
        assertThat(DRAFT.warnings(LocalDate.of(2025, 5, 31)))
                .containsExactly(new LifecycleWarning(Kind.ADJUSTMENT_DUE_SOON, LocalDate.of(2025, 6, 3)));
        assertThat(ready().warnings(LocalDate.of(2025, 6, 4)))
                .containsExactly(new LifecycleWarning(Kind.ADJUSTMENT_OVERDUE, LocalDate.of(2025, 6, 3)));
        MinutesLifecycle late = ready().adjust(LocalDate.of(2025, 6, 4));
        assertThat(late.warnings(LocalDate.of(2025, 6, 4)))
                .containsExactly(new LifecycleWarning(Kind.ADJUSTED_LATE, LocalDate.of(2025, 6, 4)));
    }

    @Test
    void warnsAboutPostingAndTheEndOfTheAppealPeriod() {
        assertThat(adjusted().warnings(LocalDate.of(2025, 5, 24))).isEmpty();
        assertThat(adjusted().warnings(LocalDate.of(2025, 5, 26)))
                .containsExactly(new LifecycleWarning(Kind.POSTING_DUE, LocalDate.of(2025, 5, 26)));
        MinutesLifecycle postedLate = adjusted().post(LocalDate.of(2025, 5, 28), LocalDate.of(2025, 6, 20), KEPT);
        assertThat(postedLate.warnings(LocalDate.of(2025, 5, 28)))
                .containsExactly(new LifecycleWarning(Kind.POSTED_LATE, LocalDate.of(2025, 5, 28)));
        assertThat(posted().warnings(LocalDate.of(2025, 6, 16))).isEmpty();
        assertThat(posted().warnings(LocalDate.of(2025, 6, 17)))
                .containsExactly(new LifecycleWarning(Kind.APPEAL_PERIOD_ENDED, LocalDate.of(2025, 6, 16)));
    }

    @Test
    void reconstitutionRefusesAStatusWithoutItsDates() {
        MeetingId id = new MeetingId(1);
        assertThatThrownBy(() -> MinutesLifecycle.reconstitute(id, MEETING, MinutesStatus.ADJUSTED,
                LocalDate.of(2025, 5, 21), null, null, null, null, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> MinutesLifecycle.reconstitute(id, MEETING, MinutesStatus.DRAFT,
                null, LocalDate.of(2025, 5, 21), null, null, null, null)).isInstanceOf(DomainException.class);
        assertThat(MinutesLifecycle.reconstitute(id, MEETING, MinutesStatus.POSTED, LocalDate.of(2025, 5, 21),
                LocalDate.of(2025, 5, 23), LocalDate.of(2025, 5, 26), LocalDate.of(2025, 6, 17), null, KEPT))
                .isEqualTo(posted());
    }
}
