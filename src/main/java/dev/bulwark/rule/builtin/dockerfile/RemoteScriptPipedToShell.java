package dev.bulwark.rule.builtin.dockerfile;

import dev.bulwark.model.Resource;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A RUN that downloads a script with curl or wget and hands it straight to a shell runs whatever the
 * server sends, unchecked, as root during the build. Fails on {@code curl … | sh} (bash, zsh, dash,
 * ksh, ash, sudo first or not), {@code sh -c "$(curl …)"} and {@code bash <(curl …)}.
 */
public final class RemoteScriptPipedToShell extends StageLogic {
    private static final String SHELL = "(sudo\\s+(-\\S+\\s+)*)?(/(usr/)?bin/)?(ba|z|da|k|a)?sh\\b";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b(curl|wget)\\b[^|;&\\n]*\\|\\s*" + SHELL),
            Pattern.compile("\\b" + SHELL + "\\s+-c\\s+[\"']?\\$\\(\\s*(curl|wget)\\b"),
            Pattern.compile("\\b" + SHELL + "\\s+<\\(\\s*(curl|wget)\\b"));

    @Override
    public Outcome evaluate(Resource stage, RuleContext context) {
        RunMatch m = firstRun(stage, PATTERNS);
        if (m == null) return Outcome.pass(describe(stage) + " pipes no download into a shell");
        return Outcome.fail(describe(stage) + " runs a downloaded script unchecked on line " + m.line() + ": " + m.matched(), m.attribute());
    }
}
