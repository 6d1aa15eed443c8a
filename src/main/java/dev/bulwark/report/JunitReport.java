package dev.bulwark.report;

import dev.bulwark.finding.Finding;
import dev.bulwark.finding.Item;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.policy.Requirement;
import dev.bulwark.rule.RuleMetadata;
import dev.bulwark.rule.Status;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * JUnit XML for CI servers (GitLab, Jenkins, test-report actions): one {@code testsuite} per SOC 2
 * criterion, one {@code testcase} per finding with {@code classname="soc2.CC6_1.<rule id>"} and
 * {@code name="[SEVERITY] <resource address>"}. A failure is a {@code failure} (the rule's title as
 * message, the finding and the fix as body); a pass is an empty testcase; a suppressed finding is
 * {@code skipped} with the suppression's reason, an undecided one {@code skipped} with why. Checks
 * that did not apply are left out. A finding is listed once, under the criterion of its rule's
 * first requirement, so the totals match the scan's; names are unique within the file.
 */
public final class JunitReport implements ScanRenderer {
    @Override
    public void render(ScanReport report, Writer out) throws IOException {
        write(report, out);
    }

    /** The suite of findings whose rule names no requirement of the policy. */
    static final String UNMAPPED = "unmapped";


    public static void write(ScanReport report, Writer out) throws IOException {
        Map<String, List<Finding>> byCriterion = new TreeMap<>();
        for (Finding f : report.result().findings()) {
            if (f.status() == Status.NOT_APPLICABLE) continue;
            byCriterion.computeIfAbsent(criterion(f, report), k -> new ArrayList<>()).add(f);
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "Bulwark " + report.policy().id());
            counts(xml, byCriterion.values().stream().flatMap(List::stream).toList());
            Set<String> names = new HashSet<>();
            for (Map.Entry<String, List<Finding>> suite : byCriterion.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", suite.getKey());
                counts(xml, suite.getValue());
                for (Finding f : suite.getValue()) testcase(xml, f, suite.getKey(), report, names);
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.flush();
    }

    /** The SOC 2 criterion of the rule's first requirement the policy knows: "CC6.1". */
    static String criterion(Finding f, ScanReport report) {
        for (String id : f.rule().metadata().requirements()) {
            Requirement r = report.policy().requirement(id);
            if (r != null && !r.soc2().isEmpty()) return r.soc2().get(0);
        }
        return UNMAPPED;
    }

    private static void counts(XMLStreamWriter xml, List<Finding> findings) throws XMLStreamException {
        long failures = findings.stream().filter(f -> f.status() == Status.FAIL && !f.suppressed()).count();
        long skipped = findings.stream().filter(f -> f.suppressed() || f.status() == Status.UNKNOWN).count();
        xml.writeAttribute("tests", String.valueOf(findings.size()));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(skipped));
        xml.writeAttribute("time", "0");
    }

    private static void testcase(XMLStreamWriter xml, Finding f, String criterion, ScanReport report, Set<String> names)
            throws XMLStreamException {
        RuleMetadata m = f.rule().metadata();
        SourceLocation at = f.primaryLocation();
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "soc2." + criterion.replace('.', '_') + "." + clean(m.id()));
        xml.writeAttribute("name", uniqueName(f, names));
        xml.writeAttribute("file", clean(at.file()));
        if (at.startLine() > 0) xml.writeAttribute("line", String.valueOf(at.startLine()));
        xml.writeAttribute("time", "0");
        if (f.suppressed()) {
            xml.writeStartElement("skipped");
            xml.writeAttribute("message", clean("suppressed: " + f.suppression().reason()));
            xml.writeEndElement();
        } else if (f.status() == Status.UNKNOWN) {
            xml.writeStartElement("skipped");
            xml.writeAttribute("message", clean("undecided: " + f.message()));
            xml.writeEndElement();
        } else if (f.status() == Status.FAIL) {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", clean(m.title()));
            xml.writeAttribute("type", clean(m.id()));
            xml.writeCharacters(clean(failureBody(f, report)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String failureBody(Finding f, ScanReport report) {
        RuleMetadata m = f.rule().metadata();
        return f.message() + "\n\nat " + f.primaryLocation() + "\nrequirements: " + String.join(", ", m.requirements())
                + " (SOC 2 " + String.join(", ", report.policy().soc2For(m.requirements())) + "), severity " + m.severity()
                + "\n\nremediation: " + m.remediation().strip() + "\n";
    }

    /**
     * "[HIGH] aws_s3_bucket.logs"; when that is taken (one rule on one resource twice, or the same
     * address failing several rules), what the finding is about or where it is, then a number.
     */
    private static String uniqueName(Finding f, Set<String> names) {
        String base = clean("[" + f.rule().metadata().severity() + "] " + f.resourceAddress());
        if (names.add(base)) return base;
        String qualified = base + " (" + clean(f.item() != null ? Item.of(f).label() : f.rule().id() + " at " + f.primaryLocation()) + ")";
        String name = qualified;
        for (int n = 2; !names.add(name); n++) name = qualified + " #" + n;
        return name;
    }

    /** Text XML 1.0 can hold: characters it forbids (most control characters, lone surrogates) become U+FFFD. */
    static String clean(String text) {
        if (text == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!ok && out == null) out = new StringBuilder(text.substring(0, i));
            if (out != null) out.append(ok ? c : '\uFFFD');
        }
        return out == null ? text : out.toString();
    }
}
