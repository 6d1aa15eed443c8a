package dev.bulwark.report;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportFormatsTest {
    @Test
    void formatsAreListedInTheOrderTheyWereRegistered() {
        assertThat(ReportFormats.SCAN.names()).startsWith("console", "json", "sarif");
        assertThat(ReportFormats.STATUS.names()).startsWith("console", "json");
        assertThat(ReportFormats.POLICY.names()).contains("oscal-catalog");
        assertThat(ReportFormats.SCAN.get("sarif").extension()).isEqualTo("sarif");
        assertThat(ReportFormats.SCAN.find("xml")).isEmpty();
    }

    @Test
    void aNameRegisteredTwiceIsRefused() {
        Formats<String> formats = new Formats<String>().add("plain", "txt", options -> (result, out) -> out.write(result));
        assertThatThrownBy(() -> formats.add("plain", "text", options -> (result, out) -> out.write(result)))
                .hasMessageContaining("plain is registered twice");
    }

    @Test
    void theRendererGetsTheOptions() throws Exception {
        Formats<String> formats = new Formats<String>()
                .add("shout", "txt", options -> (result, out) -> out.write(options.quiet() ? result : result.toUpperCase()));
        StringWriter out = new StringWriter();
        formats.get("shout").renderer(RenderOptions.plain(java.time.Instant.EPOCH)).render("hello", out);
        formats.get("shout").renderer(new RenderOptions(false, true, java.time.Instant.EPOCH)).render(" there", out);
        assertThat(out).hasToString("HELLO there");
    }
}
