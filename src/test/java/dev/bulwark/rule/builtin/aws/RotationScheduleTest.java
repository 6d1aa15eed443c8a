package dev.bulwark.rule.builtin.aws;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RotationScheduleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "rate(30 days)               | 30",
            "rate(1 day)                 | 1",
            "RATE( 12 hours )            | 0.5",
            "rate(90 minutes)            | 0.0625",
            "cron(0 0 1 * ? *)           | 31",
            "cron(0 16 1,15 * ? *)       | 17",
            "cron(0 0 * * ? *)           | 1",
            "cron(0 4 ? * MON *)         | 7",
            "cron(0 4 ? * 2-6 *)         | 3",
            "cron(0 0 1 JAN,APR,JUL,OCT ? *) | 92",
            "cron(0 0 29 2 ? *)          | 1461",
            "cron(0 0 31 * ? *)          | 61",
    })
    void decidesTheLongestGap(String expression, double days) {
        RotationSchedule.Gap gap = RotationSchedule.longestGap(expression);
        assertThat(gap.undecided()).isNull();
        assertThat(gap.days()).isEqualTo(days);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cron(0 0 L * ? *)", "cron(0 0 1/2 * ? *)", "cron(0 0 ? * 2#1 *)", "cron(0 0 1 * ? 2027)",
            "cron(0 0 1 * *)", "cron(0 0 1 * 2 *)", "cron(0 0 30 2 ? *)", "every month", "rate(two days)"})
    void leavesWhatItCannotReadUndecided(String expression) {
        RotationSchedule.Gap gap = RotationSchedule.longestGap(expression);
        assertThat(gap.decided()).isFalse();
        assertThat(gap.undecided()).isNotBlank();
    }
}
