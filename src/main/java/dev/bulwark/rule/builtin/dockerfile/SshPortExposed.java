package dev.bulwark.rule.builtin.dockerfile;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The final image does not declare the SSH port: EXPOSE 22 (or 22/tcp, or a range holding 22) in
 * the final stage or in an earlier stage it is built FROM. Only the final image's ports reach a
 * container, so other stages do not apply. A port taken from an ARG without a default is unknown.
 */
public final class SshPortExposed extends StageLogic {
    private static final Pattern PORT = Pattern.compile("(\\d+)(?:-(\\d+))?");

    @Override
    public Outcome evaluate(Resource stage, RuleContext context) {
        if (!isTrue(stage.attribute("final"))) return Outcome.notApplicable(describe(stage) + " is not the final stage");
        String unknown = null;
        if (stage.attribute("expose") instanceof Value.ListV ports) {
            for (int i = 0; i < ports.items().size(); i++) {
                if (!(ports.items().get(i) instanceof Value.Obj p)) continue;
                if (p.get("port") instanceof Value.Unknown u) {
                    if (unknown == null) unknown = "expose[" + i + "]";
                    continue;
                }
                String port = text(p.get("port"));
                String protocol = text(p.get("protocol"));
                if (port != null && !"udp".equals(protocol) && holds22(port)) {
                    return Outcome.fail(describe(stage) + " exposes port " + port + (protocol == null ? "" : "/" + protocol)
                            + ", the SSH port", "expose[" + i + "]");
                }
            }
        }
        if (unknown != null) return Outcome.unknown("cannot decide: a port of " + describe(stage) + " comes from an ARG without a default", unknown);
        return Outcome.pass(describe(stage) + " does not expose port 22");
    }

    private static boolean holds22(String port) {
        Matcher m = PORT.matcher(port.strip());
        if (!m.matches()) return false;
        try {
            long low = Long.parseLong(m.group(1));
            long high = m.group(2) == null ? low : Long.parseLong(m.group(2));
            return low <= 22 && 22 <= high;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
