package dev.bulwark.rule.builtin.dockerfile;

import dev.bulwark.model.Resource;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A container is reached through its orchestrator ({@code kubectl exec}, {@code docker exec}), not
 * through an SSH server of its own, which is one more service to patch and one more way in. The rule
 * judges the stages whose files end up in the final image (the final stage and the earlier stages it
 * is built FROM); a builder stage that installs an SSH client package to fetch code does not apply.
 * Fails when such a stage installs openssh-server, openssh (Alpine's package holds sshd), ssh (the
 * Debian package that pulls in the server) or dropbear with apt, apt-get, yum, dnf, microdnf,
 * zypper or apk.
 */
public final class SshServerInstalled extends StageLogic {
    private static final List<Pattern> PATTERNS = List.of(Pattern.compile(
            "\\b(apt-get|apt|yum|dnf|microdnf|zypper|apk)\\b[^|;&\\n]*?\\b(install|add)\\b[^|;&\\n]*?(?<![\\w.+-])(openssh-server|openssh|ssh|dropbear)(?![\\w.+-])"));

    @Override
    public Outcome evaluate(Resource stage, RuleContext context) {
        if (!isTrue(stage.attribute("in_final_image"))) {
            return Outcome.notApplicable(describe(stage) + " is not part of the final image");
        }
        RunMatch m = firstRun(stage, PATTERNS);
        if (m == null) return Outcome.pass(describe(stage) + " installs no SSH server");
        return Outcome.fail(describe(stage) + " installs an SSH server on line " + m.line() + ": " + m.matched(), m.attribute());
    }
}
