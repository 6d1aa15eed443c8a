package dev.bulwark.cli;

import dev.bulwark.browser.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The audit pack's HTML pages in a real headless Chromium, opened from the pack's folder as an
 * auditor would: each loads nothing but itself (no network, no other file) and shows its
 * requirements. Screenshots go to the build directory under {@code html-report/} to be looked at.
 */
@Tag("browser")
class AuditPackBrowserTest {
    private static final Path OUT = Path.of(System.getProperty("bulwark.buildDir", "target"), "html-report");

    @TempDir
    Path tmp;

    @AfterEach
    void restore() {
        EvidenceCommand.clock = Clock.systemUTC();
        EvidenceCommand.environment = System::getenv;
    }

    @Test
    void thePacksPagesOpenWithoutAnyOtherRequest() throws Exception {
        Optional<Path> exe = HeadlessChromium.executable();
        assumeTrue(exe.isPresent(), "no Chromium at /usr/bin/chromium (nor $BULWARK_CHROMIUM): .ci/run installs the chromium package");
        EvidenceCommand.clock = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);
        EvidenceCommand.environment = Map::of;
        StatusFixture fixture = StatusFixture.make(tmp);
        Path pack = tmp.resolve("pack");
        CliRunner.Result r = CliRunner.run("audit-pack", pack.toString(), "--project", StatusFixture.EXAMPLE,
                "--config", fixture.project.resolve(".bulwark.yaml").toString(), "--ledger-dir", fixture.ledgerDir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Files.createDirectories(OUT);
        try (HeadlessChromium browser = HeadlessChromium.start(exe.get(), 1280, 1000)) {
            for (String page : new String[] {"status.html", "scan.html"}) {
                String url = pack.resolve(page).toUri().toString();
                browser.open(url);
                assertThat(browser.requestedUrls()).as(page + ": the page itself and nothing else").containsExactly(url);
                assertThat(browser.problems()).as(page + ": no CSP violation, script error or failed load").isEmpty();
                assertThat(browser.eval("document.body.innerText.indexOf('3.6.4') >= 0").asBoolean()).as(page + " shows the requirements").isTrue();
                Files.write(OUT.resolve("audit-pack-" + page.replace(".html", ".png")), browser.screenshot(false));
            }
        }
    }
}
