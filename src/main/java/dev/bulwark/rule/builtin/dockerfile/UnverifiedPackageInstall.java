package dev.bulwark.rule.builtin.dockerfile;

import dev.bulwark.model.Resource;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Package managers check signatures (or, for pip, TLS certificates) so that a mirror or network
 * in between cannot hand the build other code. Fails on the options that turn those checks off:
 * apt/apt-get {@code --allow-unauthenticated}, {@code --force-yes} or
 * {@code -o APT::Get::AllowUnauthenticated=true}; yum/dnf/microdnf/tdnf {@code --nogpgcheck};
 * zypper {@code --no-gpg-checks}; apk {@code --allow-untrusted}; rpm {@code --nosignature} or
 * {@code --nodigest}; pip {@code --trusted-host}.
 */
public final class UnverifiedPackageInstall extends StageLogic {
    private static final String ARGS = "[^|;&\\n]*?\\s";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b(apt-get|apt|aptitude)\\b" + ARGS + "(--allow-unauthenticated|--force-yes|-o\\s*APT::Get::AllowUnauthenticated=(true|1|yes))\\b"),
            Pattern.compile("\\b(yum|dnf|microdnf|tdnf)\\b" + ARGS + "--nogpgcheck\\b"),
            Pattern.compile("\\bzypper\\b" + ARGS + "--no-gpg-checks\\b"),
            Pattern.compile("\\bapk\\b" + ARGS + "--allow-untrusted\\b"),
            Pattern.compile("\\brpm\\b" + ARGS + "--no(signature|digest)\\b"),
            Pattern.compile("\\bpip[0-9.]*\\b" + ARGS + "--trusted-host\\b"));

    @Override
    public Outcome evaluate(Resource stage, RuleContext context) {
        RunMatch m = firstRun(stage, PATTERNS);
        if (m == null) return Outcome.pass(describe(stage) + " installs packages with their signature checks on");
        return Outcome.fail(describe(stage) + " installs packages without checking their signatures on line " + m.line() + ": " + m.matched(),
                m.attribute());
    }
}
