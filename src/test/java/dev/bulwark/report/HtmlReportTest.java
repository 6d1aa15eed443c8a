package dev.bulwark.report;

import dev.bulwark.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML report's text: escaping, its content security policy, source lines, and the limit past which findings are short. */
class HtmlReportTest {
    @TempDir
    Path dir;

    private static String html(ScanReport report, int limit) throws Exception {
        StringWriter w = new StringWriter();
        new HtmlReport(Path.of(""), limit).render(report, w);
        return w.toString();
    }

    private static final String HOSTILE_RULE = """
            rules:
              - id: ACME-S3-906
                title: Names <b>bold</b> & "quoted"
                severity: HIGH
                requirements: [3.4.1]
                description: Names carrying markup.
                remediation: Rename <script>alert(1)</script>.
                terraform:
                  resources: [aws_s3_bucket]
                  check: "false"
                  message: "resource.bucket"
            """;

    @Test
    void everythingFromTheScanIsEscaped() throws Exception {
        Path tree = TestScans.write(dir.resolve("tree"), "main.tf", """
                resource "aws_s3_bucket" "a" {
                  bucket = "</pre><script>alert('x')</script><img src=https://example.invalid/x.png>"
                }
                """).getParent();
        Path pack = TestScans.write(dir.resolve("pack"), "rules.yaml", HOSTILE_RULE).getParent();
        String page = html(TestScans.scan(tree, List.of(pack), Set.of("ACME-S3-906"), dev.bulwark.engine.ScanConfig.empty(),
                Severity.LOW), 100);
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("<b>bold")
                .contains("&lt;/pre&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("Names &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;")
                .contains("Rename &lt;script&gt;alert(1)&lt;/script&gt;.");
        assertThat(page.split("<script>", -1)).as("one script block: the page's own").hasSize(2);
    }

    @Test
    void thePolicyAllowsOnlyThePagesOwnStyleAndScriptAndNothingIsLoaded() throws Exception {
        String page = html(TestScans.richReport(dir, Severity.LOW), 100);
        Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").matcher(page);
        assertThat(csp.find()).isTrue();
        String policy = csp.group(1).replace("&#39;", "'");
        assertThat(policy).startsWith("default-src 'none';").doesNotContain("unsafe-inline").doesNotContain("http");
        String style = page.substring(page.indexOf("<style>") + 7, page.indexOf("</style>"));
        String script = page.substring(page.indexOf("<script>") + 8, page.indexOf("</script>"));
        assertThat(policy).contains("style-src '" + HtmlPage.sha256(style) + "'").contains("script-src '" + HtmlPage.sha256(script) + "'");
        assertThat(page).doesNotContainPattern("(src|href)=\"(?!#)").doesNotContain("@import").doesNotContain("url(");
        assertThat(page).as("no style attribute, which the policy would block").doesNotContain(" style=");
    }

    @Test
    void sourceLinesAreShownAroundTheFindingAndAMissingFileIsSkipped() throws Exception {
        ScanReport report = TestScans.richReport(dir, Severity.LOW);
        String page = html(report, 100);
        assertThat(page).contains("<span class=\"hit\"><span class=\"ln\">▶ 8</span>  acl    = &quot;public-read&quot;</span>")
                .contains("<span><span class=\"ln\">5</span># bulwark:ignore");
        Files.delete(dir.resolve("tree/main.tf"));
        String without = html(report, 100);
        assertThat(without).doesNotContain("<pre class=\"src\">").contains("bucket aws_s3_bucket.web has acl public-read");
    }

    @Test
    void pastTheLimitFindingsAreShortRowsFoldedAndThePageSaysSo() throws Exception {
        ScanReport report = SyntheticScans.manyFindings(dir, 300);
        String page = html(report, 50);
        assertThat(page).contains("This scan has 300 failed, undecided or suppressed findings. The 50 most severe are shown in full; the other 250");
        assertThat(Pattern.compile("<article class=\"finding\"").matcher(page).results().count()).isEqualTo(50);
        String rows = Pattern.compile("<pre class=\"rows\" data-section=\"[^\"]*\">([^<]*)</pre>").matcher(page).results()
                .map(m -> m.group(1)).reduce("", String::concat);
        assertThat(rows.lines()).hasSize(250).allMatch(l -> l.matches("(FAIL|UNKNOWN|SUPPRESSED) +(CRITICAL|HIGH|MEDIUM|LOW) +\\S+  aws_s3_bucket\\.b\\d+  .*"));
        assertThat(page).contains("<details class=\"more\"><summary><span class=\"count\">");
        String full = html(report, 1000);
        assertThat(full).doesNotContain("id=\"limit\"").doesNotContain("<details");
    }
}
