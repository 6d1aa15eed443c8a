package dev.bulwark.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.browser.HeadlessChromium;
import dev.bulwark.rule.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The scan's HTML report in a real headless Chromium: it loads nothing from anywhere, its content
 * security policy lets its own style and script run (no violation is logged), the filters show and
 * hide what they should when clicked, everything is shown with scripts disabled, and it prints.
 * Screenshots are left in the build directory under {@code html-report/} to be looked at.
 */
@Tag("browser")
class HtmlReportBrowserTest {
    static final Path OUT = Path.of(System.getProperty("bulwark.buildDir", "target"), "html-report");
    private static HeadlessChromium browser;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startBrowser() throws Exception {
        var exe = HeadlessChromium.executable();
        assumeTrue(exe.isPresent(), "no Chromium at /usr/bin/chromium (nor $BULWARK_CHROMIUM): .ci/run installs the chromium package");
        Files.createDirectories(OUT);
        browser = HeadlessChromium.start(exe.get(), 1280, 1000);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) browser.close();
    }

    private static Path render(ScanReport report, String name) throws Exception {
        Path page = OUT.resolve(name);
        try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            HtmlReport.write(report, w);
        }
        return page;
    }

    /** The status, rule and resource of every finding the reader can see now. */
    private static List<String> visible() {
        List<String> out = new ArrayList<>();
        JsonNode shown = browser.eval("Array.prototype.slice.call(document.querySelectorAll('[data-status]'))"
                + ".filter(function(e){return e.checkVisibility();})"
                + ".map(function(e){return e.dataset.status+' '+e.querySelector('h4').textContent.split(' ')[2].replace(':','')"
                + "+' '+e.querySelector('code').textContent;})");
        shown.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void opensWithoutNetworkFiltersWhenClickedAndPrints() throws Exception {
        Path page = render(TestScans.richReport(dir.resolve("rich"), Severity.LOW), "scan.html");
        String url = page.toUri().toString();
        browser.open(url);

        assertThat(browser.requestedUrls()).as("the page itself and nothing else").containsExactly(url);
        assertThat(browser.problems()).as("no CSP violation, script error or failed load").isEmpty();
        assertThat(browser.eval("document.getElementById('filters').hidden").asBoolean()).as("the script ran and showed the filters").isFalse();
        List<String> all = List.of("FAIL ACME-S3-900 aws_s3_bucket.web", "UNKNOWN BW-AWS-BAK-001 aws_s3_bucket.data",
                "SUPPRESSED BW-AWS-BAK-001 aws_s3_bucket.logs", "SUPPRESSED BW-AWS-BAK-001 aws_s3_bucket.web");
        assertThat(visible()).containsExactlyInAnyOrderElementsOf(all);
        Files.write(OUT.resolve("scan.png"), browser.screenshot(true));

        browser.click("input[name=status][value=FAIL]");
        assertThat(visible()).containsExactly("FAIL ACME-S3-900 aws_s3_bucket.web");
        assertThat(browser.eval("document.getElementById('shown').textContent").asText()).isEqualTo("1 of 4 shown (filtered by status FAIL)");
        assertThat(browser.eval("document.getElementById('req-3.5.5').checkVisibility()").asBoolean())
                .as("a requirement left with nothing shown is hidden").isFalse();

        browser.click("input[name=status][value='']");
        browser.click("input[name=severity][value=MEDIUM]");
        assertThat(visible()).hasSize(3).allMatch(s -> s.contains("BW-AWS-BAK-001"));

        browser.click("input[name=section][value='3.4']");
        assertThat(visible()).as("MEDIUM in section 3.4: none").isEmpty();
        browser.click("input[name=severity][value='']");
        assertThat(visible()).containsExactly("FAIL ACME-S3-900 aws_s3_bucket.web");

        browser.click("input[name=section][value='']");
        browser.click("input[name=q]");
        browser.type("LOGS");
        assertThat(visible()).as("text matches regardless of case").containsExactly("SUPPRESSED BW-AWS-BAK-001 aws_s3_bucket.logs");
        Files.write(OUT.resolve("scan-filtered.png"), browser.screenshot(false));
        assertThat(browser.problems()).isEmpty();

        browser.emulateMedia("print");
        assertThat(browser.eval("document.querySelector('#filters fieldset').checkVisibility()").asBoolean()).as("no filters on paper").isFalse();
        assertThat(browser.eval("document.getElementById('shown').checkVisibility()").asBoolean()).as("but what they left out").isTrue();
        Files.write(OUT.resolve("scan-print.png"), browser.screenshot(true));
        browser.emulateMedia("screen");
        byte[] pdf = browser.printToPdf();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.write(OUT.resolve("scan.pdf"), pdf);
    }

    @Test
    void withScriptsDisabledEverythingIsShownAndTheFiltersAreNot() throws Exception {
        Path page = render(TestScans.richReport(dir.resolve("noscript"), Severity.LOW), "scan-noscript.html");
        try (HeadlessChromium noScript = HeadlessChromium.start(HeadlessChromium.executable().orElseThrow(), 1280, 1000)) {
            noScript.disableScripts();
            noScript.open(page.toUri().toString());
            // Evaluating is still possible through the protocol while the page's own scripts are off.
            assertThat(noScript.eval("document.querySelectorAll('[data-status]').length").asInt()).isEqualTo(4);
            assertThat(noScript.eval("Array.prototype.every.call(document.querySelectorAll('[data-status]'),"
                    + "function(e){return e.checkVisibility();})").asBoolean()).isTrue();
            assertThat(noScript.eval("document.getElementById('filters').checkVisibility()").asBoolean()).isFalse();
            assertThat(noScript.requestedUrls()).containsExactly(page.toUri().toString());
        }
    }

    @Test
    void sourceLinesAroundTheFindingAreShownWithItsLineMarked() throws Exception {
        Path page = render(TestScans.richReport(dir.resolve("source"), Severity.LOW), "scan-source.html");
        browser.open(page.toUri().toString());
        JsonNode marked = browser.eval("Array.prototype.map.call(document.querySelectorAll('[data-status=FAIL] pre.src .hit'),"
                + "function(e){return e.textContent;})");
        assertThat(marked).hasSize(1);
        assertThat(marked.get(0).asText()).startsWith("▶ 8").contains("acl    = \"public-read\"");
    }
}
