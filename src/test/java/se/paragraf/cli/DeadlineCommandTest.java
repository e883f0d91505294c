package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadlineCommandTest {

    @Test
    void printsTheLastDayOfAppealAloneOnItsLine() {
        CliRun run = CliRun.of("deadline", "appeal", "--posted", "2025-12-03");
        assertThat(run.exitCode).isZero();
        assertThat(run.outLines()).containsExactly("2025-12-29");
    }

    @Test
    void aDateThatIsNoDateIsRefusedInSwedish() {
        CliRun run = CliRun.of("deadline", "appeal", "--posted", "2025-13-03");
        assertThat(run.exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("Felaktigt kommando");
    }
}
