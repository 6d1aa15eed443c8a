package dev.bulwark.rule.builtin.exports;

import dev.bulwark.rule.ExportCheck;
import dev.bulwark.rule.ExportContext;
import dev.bulwark.rule.ExportOutcome;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.ParsedExport;
import dev.bulwark.model.export.XccdfResult;
import dev.bulwark.model.export.XccdfResultValue;
import dev.bulwark.model.export.XccdfRuleResult;
import dev.bulwark.model.export.XccdfScore;
import dev.bulwark.model.export.XccdfTestResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A host meets its hardening baseline when no rule of the evaluated XCCDF profile fails: one
 * finding per host (TestResult) summarising its failing rules, worst first. Rules the scanner
 * could not evaluate (error, unknown) make the host UNKNOWN when nothing fails.
 */
public final class XccdfBaseline implements ExportCheck {
    /** How many failing rules a summary names before it only counts the rest. */
    static final int LISTED = 10;
    private static final List<String> SEVERITY_ORDER = List.of("high", "medium", "low", "info", "unknown");

    @Override
    public Set<ExportKind> kinds() {
        return Set.of(ExportKind.XCCDF);
    }

    @Override
    public List<ExportOutcome> evaluate(ParsedExport export, ExportContext context) {
        XccdfResult result = Exports.as(export, XccdfResult.class, getClass());
        List<ExportOutcome> out = new ArrayList<>();
        for (XccdfTestResult t : result.testResults()) {
            List<XccdfRuleResult> failed = new ArrayList<>(t.withResult(XccdfResultValue.FAIL));
            failed.sort(Comparator.comparingInt(r -> rank(r.severity())));
            List<XccdfRuleResult> undecided = new ArrayList<>(t.withResult(XccdfResultValue.ERROR));
            undecided.addAll(t.withResult(XccdfResultValue.UNKNOWN));
            int checked = t.withResult(XccdfResultValue.PASS).size() + t.withResult(XccdfResultValue.FIXED).size() + failed.size() + undecided.size();
            String head = t.target() + (t.profile().isEmpty() ? "" : " (profile " + t.profile() + ")") + ": ";
            String tail = score(t);
            if (!failed.isEmpty()) {
                String more = undecided.isEmpty() ? "" : "; " + undecided.size() + " could not be checked";
                out.add(ExportOutcome.fail(t.target(), head + failed.size() + " of " + checked + " checked rules fail: " + list(failed) + more + tail,
                        result.file(), t.line()));
            } else if (!undecided.isEmpty()) {
                out.add(ExportOutcome.unknown(t.target(), head + "no rule fails, but " + undecided.size() + " of " + checked
                        + " could not be checked: " + list(undecided) + tail, result.file(), t.line()));
            } else {
                int na = t.withResult(XccdfResultValue.NOTAPPLICABLE).size();
                out.add(ExportOutcome.pass(t.target(), head + "all " + checked + " checked rules pass"
                        + (na > 0 ? " (" + na + " not applicable)" : "") + tail, result.file(), t.line()));
            }
        }
        return out;
    }

    private static int rank(String severity) {
        int i = SEVERITY_ORDER.indexOf(severity.toLowerCase(Locale.ROOT));
        return i < 0 ? SEVERITY_ORDER.size() : i;
    }

    private static String list(List<XccdfRuleResult> rules) {
        List<String> names = new ArrayList<>();
        for (XccdfRuleResult r : rules.subList(0, Math.min(LISTED, rules.size()))) {
            names.add(r.ruleId() + " (" + r.severity() + (r.title().isEmpty() ? "" : ", \"" + r.title() + "\"") + ")");
        }
        String shown = String.join(", ", names);
        return rules.size() > LISTED ? shown + " and " + (rules.size() - LISTED) + " more" : shown;
    }

    private static String score(XccdfTestResult t) {
        if (t.scores().isEmpty()) return "";
        XccdfScore s = t.scores().get(0);
        return "; score " + number(s.score()) + (s.maximum().isPresent() ? " of " + number(s.maximum().getAsDouble()) : "");
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }
}
