package dev.bulwark.process;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The cadence arithmetic at its edges: due today, 14 days, 15 days, one day late, never. */
class TimelinessTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

    @Test
    void dueOnTheCadenceDayAndOverdueTheDayAfter() {
        Timeliness dueToday = Timeliness.judge(TODAY.minusDays(90), 90, TODAY);
        assertThat(dueToday.status()).isEqualTo(ProcessStatus.DUE_SOON);
        assertThat(dueToday.due()).isEqualTo(TODAY);
        assertThat(dueToday.phrase()).isEqualTo("due today");

        Timeliness late = Timeliness.judge(TODAY.minusDays(91), 90, TODAY);
        assertThat(late.status()).isEqualTo(ProcessStatus.FAIL);
        assertThat(late.overdue()).isTrue();
        assertThat(late.days()).isEqualTo(1);
        assertThat(late.phrase()).isEqualTo("overdue by 1 day");

        assertThat(Timeliness.judge(TODAY.minusDays(120), 90, TODAY).phrase()).isEqualTo("overdue by 30 days");
    }

    @Test
    void dueSoonWithinFourteenDays() {
        Timeliness fourteen = Timeliness.judge(TODAY.minusDays(76), 90, TODAY);
        assertThat(fourteen.status()).isEqualTo(ProcessStatus.DUE_SOON);
        assertThat(fourteen.phrase()).isEqualTo("due in 14 days");
        Timeliness fifteen = Timeliness.judge(TODAY.minusDays(75), 90, TODAY);
        assertThat(fifteen.status()).isEqualTo(ProcessStatus.PASS);
        assertThat(fifteen.days()).isEqualTo(15);
        assertThat(fifteen.due()).isEqualTo(LocalDate.of(2026, 4, 16));
    }

    @Test
    void neverDoneFails() {
        Timeliness never = Timeliness.judge(null, 90, TODAY);
        assertThat(never.status()).isEqualTo(ProcessStatus.FAIL);
        assertThat(never.never()).isTrue();
        assertThat(never.overdue()).isFalse();
        assertThat(never.phrase()).isEqualTo("never done");
    }
}
