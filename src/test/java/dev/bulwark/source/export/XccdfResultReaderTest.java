package dev.bulwark.source.export;

import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.ScanRecord;
import dev.bulwark.model.export.XccdfResult;
import dev.bulwark.model.export.XccdfResultValue;
import dev.bulwark.model.export.XccdfRuleResult;
import dev.bulwark.model.export.XccdfTestResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static dev.bulwark.source.export.ExportFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XccdfResultReaderTest {
    static final String NS = "http://checklists.nist.gov/xccdf/1.2";
    static final String EXPECTED = "(expected an XCCDF 1.2 result with TestResult elements in namespace " + NS + " (oscap xccdf eval --results))";
    static final String RULE = "xccdf_org.ssgproject.content_rule_";
    private final XccdfResultReader reader = new XccdfResultReader();

    @TempDir
    Path tmp;

    @Test
    void readsTheTestResultItsHostRuleResultsTitlesAndScore() {
        XccdfResult x = ExportFixtures.read(reader, "xccdf-results.xml");
        assertThat(x.kind()).isEqualTo(ExportKind.XCCDF);
        XccdfTestResult t = x.testResults().get(0);
        assertThat(x.testResults()).hasSize(1);
        assertThat(t.line()).isEqualTo(34);
        assertThat(t.target()).isEqualTo("web-01.prod.example.com");
        assertThat(t.targetAddresses()).containsExactly("127.0.0.1", "10.20.1.15");
        assertThat(t.profile()).isEqualTo("xccdf_org.ssgproject.content_profile_cis_server_l1");
        assertThat(t.benchmark()).isEqualTo("xccdf_org.ssgproject.content_benchmark_RHEL-9");
        assertThat(t.testSystem()).isEqualTo("cpe:/a:redhat:openscap:1.3.10");
        assertThat(t.startTime()).contains(Instant.parse("2026-05-30T02:00:04Z"));
        assertThat(t.endTime()).isEqualTo(Instant.parse("2026-05-30T02:03:41Z"));
        assertThat(t.ruleResults()).containsExactly(
                new XccdfRuleResult(46, RULE + "sshd_disable_root_login", XccdfResultValue.FAIL, "medium", "Disable SSH Root Login"),
                new XccdfRuleResult(53, RULE + "sshd_set_idle_timeout", XccdfResultValue.PASS, "medium", "Set SSH Client Alive Interval"),
                new XccdfRuleResult(56, RULE + "package_telnet-server_removed", XccdfResultValue.NOTAPPLICABLE, "high", "Uninstall telnet-server Package"),
                new XccdfRuleResult(59, RULE + "service_auditd_enabled", XccdfResultValue.FAIL, "high", "Enable auditd Service"),
                new XccdfRuleResult(62, RULE + "audit_rules_immutable", XccdfResultValue.ERROR, "low", "Make the auditd Configuration Immutable"),
                new XccdfRuleResult(66, RULE + "not_in_profile", XccdfResultValue.NOTSELECTED, "low", ""));
        assertThat(t.scores()).singleElement().satisfies(s -> {
            assertThat(s.system()).isEqualTo("urn:xccdf:scoring:default");
            assertThat(s.score()).isEqualTo(61.25);
            assertThat(s.maximum()).hasValue(100.0);
        });
        assertThat(x.scans()).containsExactly(new ScanRecord(ExportKind.XCCDF, "cpe:/a:redhat:openscap:1.3.10", "web-01.prod.example.com",
                Instant.parse("2026-05-30T02:03:41Z"), "xccdf-results.xml", 34));
    }

    @Test
    void aBareTestResultOrOneInsideAnArfReport() throws Exception {
        String bare = "<TestResult xmlns=\"" + NS + "\" id=\"r1\" end-time=\"2026-05-01T10:00:00\">\n"
                + "  <target>db-01</target>\n  <rule-result idref=\"r\"><result>pass</result></rule-result>\n</TestResult>\n";
        XccdfTestResult t = reader.read("b.xml", utf8(bare)).testResults().get(0);
        assertThat(t.endTime()).as("a time without offset is read as UTC").isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(t.startTime()).isEmpty();
        assertThat(t.ruleResults()).containsExactly(new XccdfRuleResult(3, "r", XccdfResultValue.PASS, "unknown", ""));

        String arf = "<?xml version=\"1.0\"?>\n<arf:asset-report-collection xmlns:arf=\"http://scap.nist.gov/schema/asset-reporting-format/1.1\">\n"
                + " <arf:reports><arf:report id=\"x\"><arf:content>\n" + bare + " </arf:content></arf:report></arf:reports>\n</arf:asset-report-collection>\n";
        XccdfResult x = reader.read("arf.xml", utf8(arf));
        assertThat(x.testResults()).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("db-01");
            assertThat(r.line()).isEqualTo(4);
        });
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "top-secret-value");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE TestResult [ <!ENTITY leak SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<TestResult xmlns=\"" + NS + "\" id=\"r1\" end-time=\"2026-05-01T10:00:00Z\"><target>&leak;</target></TestResult>\n";
        assertThatThrownBy(() -> reader.read("x.xml", utf8(xxe)))
                .isInstanceOf(ExportFormatException.class)
                .hasMessageStartingWith("x.xml:")
                .hasMessageNotContaining("top-secret-value");
    }

    @Test
    void aDocumentTypeDeclarationIsRefused() {
        String dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE TestResult>\n<TestResult xmlns=\"" + NS + "\" id=\"r1\" end-time=\"2026-05-01T10:00:00Z\"><target>h</target></TestResult>\n";
        assertThatThrownBy(() -> reader.read("x.xml", utf8(dtd)))
                .hasMessage("x.xml:2: a document type declaration is not allowed in an XCCDF result " + EXPECTED);
    }

    @Test
    void xccdf11IsNamedAsSuch() {
        String old = "<?xml version=\"1.0\"?>\n<Benchmark xmlns=\"http://checklists.nist.gov/xccdf/1.1\" id=\"b\">\n"
                + "<TestResult id=\"r\" end-time=\"2026-05-01T10:00:00Z\"><target>h</target></TestResult></Benchmark>\n";
        assertThatThrownBy(() -> reader.read("old.xml", utf8(old)))
                .hasMessage("old.xml:2: XCCDF 1.1 (namespace http://checklists.nist.gov/xccdf/1.1) is not supported " + EXPECTED);
    }

    @Test
    void aBenchmarkWithoutResults() {
        assertThatThrownBy(() -> reader.read("b.xml", utf8("<Benchmark xmlns=\"" + NS + "\" id=\"b\"><title>t</title></Benchmark>")))
                .hasMessage("b.xml:1: no TestResult element " + EXPECTED);
    }

    @Test
    void truncatedXml() {
        String full = ExportFixtures.text("xccdf-results.xml");
        String cut = full.substring(0, full.indexOf("<score"));
        assertThatThrownBy(() -> reader.read("x.xml", utf8(cut)))
                .isInstanceOf(ExportFormatException.class)
                .hasMessageStartingWith("x.xml:" + cut.lines().count() + ": malformed XML: ");
    }

    @Test
    void requiredPartsOfATestResult() {
        String noEnd = "<TestResult xmlns=\"" + NS + "\" id=\"r1\"><target>h</target></TestResult>";
        assertThatThrownBy(() -> reader.read("x.xml", utf8(noEnd))).hasMessage("x.xml:1: TestResult has no end-time attribute " + EXPECTED);
        String badEnd = "<TestResult xmlns=\"" + NS + "\" id=\"r1\" end-time=\"yesterday\"><target>h</target></TestResult>";
        assertThatThrownBy(() -> reader.read("x.xml", utf8(badEnd)))
                .hasMessage("x.xml:1: TestResult end-time \"yesterday\" is not an xs:dateTime such as 2026-05-04T17:00:00+00:00");
        String noTarget = "<TestResult xmlns=\"" + NS + "\" id=\"r1\" end-time=\"2026-05-01T10:00:00Z\"></TestResult>";
        assertThatThrownBy(() -> reader.read("x.xml", utf8(noTarget)))
                .hasMessage("x.xml:1: TestResult r1 has no target (the host it ran on) " + EXPECTED);
        String badResult = "<TestResult xmlns=\"" + NS + "\" id=\"r1\" end-time=\"2026-05-01T10:00:00Z\"><target>h</target>\n"
                + "<rule-result idref=\"r\">\n<result>passed</result></rule-result></TestResult>";
        assertThatThrownBy(() -> reader.read("x.xml", utf8(badResult)))
                .hasMessage("x.xml:3: rule-result r: result \"passed\" is not one of pass, fail, error, unknown, notapplicable, notchecked, "
                        + "notselected, informational, fixed");
        String noResult = "<TestResult xmlns=\"" + NS + "\" id=\"r1\" end-time=\"2026-05-01T10:00:00Z\"><target>h</target>\n"
                + "<rule-result idref=\"r\"/></TestResult>";
        assertThatThrownBy(() -> reader.read("x.xml", utf8(noResult))).hasMessage("x.xml:2: rule-result r has no result element " + EXPECTED);
    }

    @Test
    void elementsOutsideTheNamespaceAreNotXccdf() {
        String wrongNs = "<TestResult id=\"r1\" end-time=\"2026-05-01T10:00:00Z\"><target>h</target></TestResult>";
        assertThatThrownBy(() -> reader.read("x.xml", utf8(wrongNs))).hasMessage("x.xml:1: no TestResult element " + EXPECTED);
    }

    @Test
    void titlesMayHoldMarkup() throws Exception {
        String doc = "<Benchmark xmlns=\"" + NS + "\" id=\"b\"><Rule id=\"r\"><title>Set <sub idref=\"v\"/>value</title></Rule>"
                + "<TestResult id=\"t\" end-time=\"2026-05-01T10:00:00Z\"><target>h</target><rule-result idref=\"r\"><result>fail</result></rule-result></TestResult></Benchmark>";
        assertThat(reader.read("x.xml", utf8(doc)).testResults().get(0).ruleResults())
                .containsExactly(new XccdfRuleResult(1, "r", XccdfResultValue.FAIL, "unknown", "Set value"));
    }
}
