package dev.bulwark.source.export;

import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.XccdfResult;
import dev.bulwark.model.export.XccdfResultValue;
import dev.bulwark.model.export.XccdfRuleResult;
import dev.bulwark.model.export.XccdfScore;
import dev.bulwark.model.export.XccdfTestResult;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * Reads OpenSCAP's XCCDF 1.2 results ({@code oscap xccdf eval --results FILE}, or the XCCDF part of
 * an ARF report): every TestResult in the XCCDF 1.2 namespace, wherever it sits, with rule titles
 * taken from the benchmark when the document includes it. The file must be UTF-8, as OpenSCAP
 * writes it. Uses the JDK's StAX parser with DTDs and external entities off; a document type
 * declaration is refused outright.
 */
public final class XccdfResultReader implements ExportReader<XccdfResult> {
    public static final String NS = "http://checklists.nist.gov/xccdf/1.2";
    private static final String NS_1_1 = "http://checklists.nist.gov/xccdf/1.1";
    private static final String EXPECTED = "expected an XCCDF 1.2 result with TestResult elements in namespace " + NS
            + " (oscap xccdf eval --results)";
    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    @Override
    public ExportKind kind() {
        return ExportKind.XCCDF;
    }

    @Override
    public XccdfResult read(String file, byte[] content) throws ExportFormatException {
        String text = ExportText.decode(file, content, EXPECTED);
        Walk walk = new Walk(file, text);
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(text));
            try {
                walk.run(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            throw new ExportFormatException(file, line, "malformed XML: " + parserMessage(e) + " (" + EXPECTED + ")");
        }
        if (walk.results.isEmpty()) {
            if (walk.sawXccdf11) throw new ExportFormatException(file, walk.xccdf11Line, "XCCDF 1.1 (namespace " + NS_1_1 + ") is not supported (" + EXPECTED + ")");
            throw new ExportFormatException(file, 1, "no TestResult element (" + EXPECTED + ")");
        }
        List<XccdfTestResult> titled = new ArrayList<>();
        for (XccdfTestResult t : walk.results) {
            List<XccdfRuleResult> rules = t.ruleResults().stream()
                    .map(rr -> new XccdfRuleResult(rr.line(), rr.ruleId(), rr.result(), rr.severity(), walk.titles.getOrDefault(rr.ruleId(), "")))
                    .toList();
            titled.add(new XccdfTestResult(t.line(), t.id(), t.target(), t.targetAddresses(), t.benchmark(), t.profile(), t.testSystem(),
                    t.startTime(), t.endTime(), rules, t.scores()));
        }
        return new XccdfResult(file, titled);
    }

    /** The JDK's messages start with "ParseError at [row,col]:[…]\nMessage: "; keep the part after that. */
    private static String parserMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? "unreadable" : e.getMessage();
        int at = m.indexOf("Message: ");
        return (at >= 0 ? m.substring(at + "Message: ".length()) : m).strip();
    }

    /** One pass over the document, collecting TestResults and the titles of benchmark rules. */
    private static final class Walk {
        final String file;
        final List<XccdfTestResult> results = new ArrayList<>();
        final Map<String, String> titles = new HashMap<>();
        boolean sawXccdf11;
        int xccdf11Line;

        private final String text;
        /** Offsets of the newlines in the text, found once when first needed. */
        private int[] newlines;
        /** The line where the element just read starts (StAX itself reports where its start tag ends). */
        private int tagLine = 1;

        Walk(String file, String text) {
            this.file = file;
            this.text = text;
        }

        /** Advances; on a start tag, finds the '<' that opened it (attribute values cannot hold one) and its line. */
        private int next(XMLStreamReader r) throws XMLStreamException {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                int end = r.getLocation().getCharacterOffset();
                int open = end > 0 ? text.lastIndexOf('<', Math.min(end, text.length()) - 1) : -1;
                tagLine = open >= 0 ? lineAt(open) : Math.max(1, r.getLocation().getLineNumber());
            }
            return event;
        }

        private int lineAt(int offset) {
            if (newlines == null) {
                newlines = IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
            }
            int at = Arrays.binarySearch(newlines, offset);
            return (at >= 0 ? at : -at - 1) + 1;
        }

        void run(XMLStreamReader r) throws XMLStreamException, ExportFormatException {
            String currentRule = null;
            int ruleDepth = -1;
            int depth = 0;
            while (r.hasNext()) {
                int event = next(r);
                if (event == XMLStreamConstants.DTD) {
                    throw new ExportFormatException(file, r.getLocation().getLineNumber(),
                            "a document type declaration is not allowed in an XCCDF result (" + EXPECTED + ")");
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (depth == ruleDepth) {
                        currentRule = null;
                        ruleDepth = -1;
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                String ns = r.getNamespaceURI();
                String name = r.getLocalName();
                if (NS_1_1.equals(ns) && !sawXccdf11) {
                    sawXccdf11 = true;
                    xccdf11Line = tagLine;
                }
                if (!NS.equals(ns)) {
                    depth++;
                    continue;
                }
                if (name.equals("TestResult")) {
                    results.add(testResult(r));
                    continue;
                }
                if (name.equals("Rule")) {
                    currentRule = attr(r, "id");
                    ruleDepth = depth;
                } else if (name.equals("title") && currentRule != null && !titles.containsKey(currentRule)) {
                    titles.put(currentRule, textContent(r).strip().replaceAll("\\s+", " "));
                    continue;
                }
                depth++;
            }
        }

        /** Reads a TestResult from its start tag to its end tag. */
        private XccdfTestResult testResult(XMLStreamReader r) throws XMLStreamException, ExportFormatException {
            int line = tagLine;
            String id = required(r, "id", "TestResult", line);
            String endText = required(r, "end-time", "TestResult", line);
            Instant end = time(endText, "end-time", line);
            String startText = attr(r, "start-time");
            Optional<Instant> start = startText == null ? Optional.empty() : Optional.of(time(startText, "start-time", line));
            String testSystem = orEmpty(attr(r, "test-system"));
            String benchmark = "";
            String profile = "";
            List<String> targets = new ArrayList<>();
            List<String> addresses = new ArrayList<>();
            List<XccdfRuleResult> rules = new ArrayList<>();
            List<XccdfScore> scores = new ArrayList<>();
            int depth = 1;
            while (depth > 0) {
                int event = next(r);
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                boolean mine = NS.equals(r.getNamespaceURI()) && depth == 1;
                String name = r.getLocalName();
                if (mine && name.equals("target")) {
                    targets.add(textContent(r).strip());
                } else if (mine && name.equals("target-address")) {
                    addresses.add(textContent(r).strip());
                } else if (mine && name.equals("benchmark")) {
                    benchmark = orEmpty(attr(r, "id") != null ? attr(r, "id") : attr(r, "href"));
                    depth++;
                } else if (mine && name.equals("profile")) {
                    profile = orEmpty(attr(r, "idref"));
                    depth++;
                } else if (mine && name.equals("rule-result")) {
                    rules.add(ruleResult(r));
                } else if (mine && name.equals("score")) {
                    scores.add(score(r));
                } else {
                    depth++;
                }
            }
            if (targets.isEmpty() || targets.get(0).isEmpty()) {
                throw new ExportFormatException(file, line, "TestResult " + id + " has no target (the host it ran on) (" + EXPECTED + ")");
            }
            return new XccdfTestResult(line, id, targets.get(0), addresses, benchmark, profile, testSystem, start, end, rules, scores);
        }

        private XccdfRuleResult ruleResult(XMLStreamReader r) throws XMLStreamException, ExportFormatException {
            int line = tagLine;
            String idref = required(r, "idref", "rule-result", line);
            String severity = attr(r, "severity") == null ? "unknown" : attr(r, "severity");
            XccdfResultValue result = null;
            int depth = 1;
            while (depth > 0) {
                int event = next(r);
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (depth == 1 && NS.equals(r.getNamespaceURI()) && r.getLocalName().equals("result")) {
                        int at = tagLine;
                        String text = textContent(r);
                        result = XccdfResultValue.parse(text);
                        if (result == null) {
                            throw new ExportFormatException(file, at, "rule-result " + idref + ": result \"" + text.strip() + "\" is not one of "
                                    + XccdfResultValue.names());
                        }
                    } else {
                        depth++;
                    }
                }
            }
            if (result == null) throw new ExportFormatException(file, line, "rule-result " + idref + " has no result element (" + EXPECTED + ")");
            return new XccdfRuleResult(line, idref, result, severity, "");
        }

        private XccdfScore score(XMLStreamReader r) throws XMLStreamException, ExportFormatException {
            int line = tagLine;
            String system = orEmpty(attr(r, "system"));
            String maxText = attr(r, "maximum");
            String text = textContent(r).strip();
            try {
                OptionalDouble max = maxText == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(maxText));
                return new XccdfScore(system, Double.parseDouble(text), max);
            } catch (NumberFormatException e) {
                throw new ExportFormatException(file, line, "score \"" + text + "\" (maximum " + maxText + ") is not a number");
            }
        }

        private Instant time(String text, String attribute, int line) throws ExportFormatException {
            Instant t = ExportTimes.xmlDateTime(text);
            if (t == null) throw new ExportFormatException(file, line, "TestResult " + attribute + " \"" + text + "\" is not an xs:dateTime such as 2026-05-04T17:00:00+00:00");
            return t;
        }

        private String required(XMLStreamReader r, String attribute, String element, int line) throws ExportFormatException {
            String v = attr(r, attribute);
            if (v == null || v.isBlank()) throw new ExportFormatException(file, line, element + " has no " + attribute + " attribute (" + EXPECTED + ")");
            return v;
        }

        /** The text inside the current element, child elements (such as a title's sub) left out; ends on its end tag. */
        private static String textContent(XMLStreamReader r) throws XMLStreamException {
            StringBuilder sb = new StringBuilder();
            int depth = 1;
            while (depth > 0) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) depth++;
                else if (event == XMLStreamConstants.END_ELEMENT) depth--;
                else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) sb.append(r.getText());
            }
            return sb.toString();
        }

        private static String attr(XMLStreamReader r, String name) {
            return r.getAttributeValue(null, name);
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }
    }
}
