package dev.bulwark.source.terraform.functions;

import static dev.bulwark.source.terraform.functions.V.UNKNOWN;
import static dev.bulwark.source.terraform.functions.V.call;
import static dev.bulwark.source.terraform.functions.V.error;
import static dev.bulwark.source.terraform.functions.V.s;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFunctionsTest {
    @ParameterizedTest(name = "formatdate({0}, {1}) = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "DD MMM YYYY hh:mm ZZZ                | 2018-01-02T23:12:01Z      | 02 Jan 2018 23:12 UTC",
        "EEEE, DD-MMM-YY hh:mm:ss ZZZ         | 2018-01-02T23:12:01Z      | Tuesday, 02-Jan-18 23:12:01 UTC",
        "EEE, DD MMM YYYY hh:mm:ss ZZZ        | 2018-01-02T23:12:01-08:00 | Tue, 02 Jan 2018 23:12:01 -0800",
        "MMM DD, YYYY                         | 2018-01-02T23:12:01Z      | Jan 02, 2018",
        "HH:mmaa                              | 2018-01-02T23:12:01Z      | 11:12pm",
        "h'h'mm                               | 2018-01-02T23:12:01-08:00 | 23h12",
        "YYYY-MM-DD'T'hh:mm:ssZ               | 2018-01-02T03:04:05+05:30 | 2018-01-02T03:04:05+05:30",
        "YYYY-MM-DD'T'hh:mm:ssZ               | 2018-01-02T03:04:05Z      | 2018-01-02T03:04:05Z",
        "ZZZZ ZZZZZ                           | 2018-01-02T03:04:05+05:30 | +0530 +05:30",
        "M/D H AA MMMM                        | 2018-03-04T00:00:00Z      | 3/4 12 AM March",
        "'it''s' ''                           | 2018-03-04T00:00:00Z      | it's '",
        "s.ss                                 | 2018-03-04T00:00:07.25Z   | 7.07",
    })
    void formatdate(String format, String timestamp, String expected) throws Exception {
        assertThat(call("formatdate", s(format), s(timestamp))).isEqualTo(s(expected));
    }

    @ParameterizedTest(name = "timeadd({0}, {1}) = {2}")
    @CsvSource({
        "2017-11-22T00:00:00Z, 10m, 2017-11-22T00:10:00Z",
        "2017-11-22T00:00:00Z, -1h, 2017-11-21T23:00:00Z",
        "2017-11-22T00:00:00Z, 1h30m, 2017-11-22T01:30:00Z",
        "2017-11-22T00:00:00Z, 1.5h, 2017-11-22T01:30:00Z",
        "2017-11-22T00:00:00+02:00, 24h, 2017-11-23T00:00:00+02:00",
        "2017-11-22T00:00:00.5Z, 600ms, 2017-11-22T00:00:01Z",
        "2017-11-22T00:00:00Z, 0, 2017-11-22T00:00:00Z",
        "2017-11-22T00:00:00Z, 1µs, 2017-11-22T00:00:00Z",
    })
    void timeadd(String timestamp, String duration, String expected) throws Exception {
        assertThat(call("timeadd", s(timestamp), s(duration))).isEqualTo(s(expected));
    }

    @ParameterizedTest(name = "timecmp({0}, {1}) = {2}")
    @CsvSource({
        "2017-11-22T00:00:00Z, 2017-11-22T00:00:00Z, 0",
        "2017-11-22T00:00:00Z, 2017-11-22T01:00:00Z, -1",
        "2017-11-22T01:00:00Z, 2017-11-22T00:00:00Z, 1",
        "2017-11-22T01:00:00Z, 2017-11-22T00:00:00-01:00, 0",
    })
    void timecmp(String a, String b, int expected) throws Exception {
        assertThat(call("timecmp", s(a), s(b))).isEqualTo(dev.bulwark.model.Value.of(expected));
    }

    @Test
    void rejectsBadTimestampsFormatsAndDurations() {
        assertThat(error("formatdate", s("YYYY"), s("2018-01-02"))).isEqualTo(
                "formatdate: argument 2 is not a valid RFC 3339 timestamp (like \"2006-01-02T15:04:05Z\"): \"2018-01-02\"");
        assertThat(error("formatdate", s("YYYY"), s("2018-13-02T00:00:00Z"))).startsWith(
                "formatdate: argument 2 is not a valid RFC 3339 timestamp: \"2018-13-02T00:00:00Z\" (");
        assertThat(error("formatdate", s("YYY"), s("2018-01-02T00:00:00Z"))).isEqualTo(
                "formatdate: argument 1 has an invalid date format verb \"YYY\": year must be YY or YYYY");
        assertThat(error("formatdate", s("x"), s("2018-01-02T00:00:00Z"))).isEqualTo(
                "formatdate: argument 1 has an invalid date format verb \"x\"");
        assertThat(error("formatdate", s("'abc"), s("2018-01-02T00:00:00Z"))).isEqualTo(
                "formatdate: argument 1 has an unterminated literal starting with ' at offset 0");
        assertThat(error("timeadd", s("2017-11-22T00:00:00Z"), s("1"))).isEqualTo("timeadd: missing unit in duration \"1\"");
        assertThat(error("timeadd", s("2017-11-22T00:00:00Z"), s("1d"))).isEqualTo("timeadd: unknown unit \"d\" in duration \"1d\"");
        assertThat(error("timeadd", s("2017-11-22T00:00:00Z"), s(""))).isEqualTo("timeadd: invalid duration \"\"");
        assertThat(error("timeadd", s("2017-11-22T00:00:00Z"), s(".h"))).isEqualTo("timeadd: invalid duration \".h\"");
    }

    @Test
    void unknownInputsGiveUnknownResults() throws Exception {
        assertThat(call("timeadd", UNKNOWN, s("1h"))).isSameAs(UNKNOWN);
        assertThat(call("formatdate", s("YYYY"), UNKNOWN)).isSameAs(UNKNOWN);
    }
}
