package dev.bulwark.rule.builtin.exports;

import dev.bulwark.rule.ExportCheck;
import dev.bulwark.rule.ExportContext;
import dev.bulwark.rule.ExportOutcome;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.LynisItem;
import dev.bulwark.model.export.LynisReport;
import dev.bulwark.model.export.ParsedExport;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A host audited by Lynis meets its hardening baseline when the audit raised no warnings: one
 * finding per host naming each warning. Suggestions are counted, not failed: Lynis offers them
 * as hardening ideas, not as defects.
 */
public final class LynisBaseline implements ExportCheck {
    @Override
    public Set<ExportKind> kinds() {
        return Set.of(ExportKind.LYNIS);
    }

    @Override
    public List<ExportOutcome> evaluate(ParsedExport export, ExportContext context) {
        LynisReport r = Exports.as(export, LynisReport.class, getClass());
        String facts = "Lynis " + r.lynisVersion() + " audit ending " + r.ended()
                + (r.hardeningIndex().isPresent() ? ", hardening index " + r.hardeningIndex().getAsInt() : "")
                + ", " + r.suggestions().size() + (r.suggestions().size() == 1 ? " suggestion" : " suggestions");
        if (r.warnings().isEmpty()) {
            return List.of(ExportOutcome.pass(r.hostname(), r.hostname() + ": no warnings (" + facts + ")", r.file(), r.hostnameLine()));
        }
        String warnings = r.warnings().stream().map(LynisBaseline::describe).collect(Collectors.joining("; "));
        return List.of(ExportOutcome.fail(r.hostname(), r.hostname() + ": " + r.warnings().size()
                + (r.warnings().size() == 1 ? " warning: " : " warnings: ") + warnings + " (" + facts + ")",
                r.file(), r.warnings().get(0).line()));
    }

    private static String describe(LynisItem w) {
        return w.testId() + " " + w.message() + (w.details().equals("-") || w.details().isEmpty() ? "" : " [" + w.details() + "]");
    }
}
