package dev.bulwark.source.export;

import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.Leaver;
import dev.bulwark.model.export.Terminations;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.bulwark.source.export.ExportFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TerminationsReaderTest {
    private final TerminationsReader reader = new TerminationsReader();

    @Test
    void readsLeaversWithTimesAndDates() {
        Terminations t = ExportFixtures.read(reader, "terminations.csv");
        assertThat(t.kind()).isEqualTo(ExportKind.TERMINATIONS);
        assertThat(t.leavers()).containsExactly(
                new Leaver(2, "erin@example.com", Instant.parse("2026-05-28T17:00:00Z")),
                new Leaver(3, "frank@example.com", Instant.parse("2026-05-15T17:00:00Z")),
                new Leaver(4, "grace@example.com", Instant.parse("2026-03-31T00:00:00Z")),
                new Leaver(5, "ivan@example.com", Instant.parse("2026-05-31T09:00:00Z")),
                new Leaver(6, "judy@example.com", Instant.parse("2026-06-01T08:00:00Z")));
    }

    @Test
    void columnsMayComeInAnyOrderWithExtrasBeside() throws Exception {
        Terminations t = reader.read("t.csv", utf8("employee_id,terminated_at,email\n4711,2026-05-01T18:30:00-04:00,x@example.com\n"));
        assertThat(t.leavers()).containsExactly(new Leaver(2, "x@example.com", Instant.parse("2026-05-01T22:30:00Z")));
    }

    @Test
    void badDate() {
        assertThatThrownBy(() -> reader.read("t.csv", utf8("email,terminated_at\nx@example.com,05/01/2026\n")))
                .isInstanceOf(ExportFormatException.class)
                .hasMessage("t.csv:2: column terminated_at: \"05/01/2026\" is not an ISO 8601 time such as 2026-05-04T17:00:00Z or a date such as 2026-05-04");
    }

    @Test
    void missingColumnAndSemicolons() {
        assertThatThrownBy(() -> reader.read("t.csv", utf8("email,left_on\nx@example.com,2026-05-01\n")))
                .hasMessage("t.csv:1: missing column terminated_at (expected columns email, terminated_at)");
        assertThatThrownBy(() -> reader.read("t.csv", utf8("email;terminated_at\nx@example.com;2026-05-01\n")))
                .hasMessage("t.csv:1: columns are separated by ';', not commas (expected columns email, terminated_at)");
    }

    @Test
    void aRowWithSemicolonsUnderACommaHeader() {
        assertThatThrownBy(() -> reader.read("t.csv", utf8("email,terminated_at\nx@example.com;2026-05-01\n")))
                .hasMessage("t.csv:2: columns are separated by ';', not commas (expected columns email, terminated_at)");
    }
}
