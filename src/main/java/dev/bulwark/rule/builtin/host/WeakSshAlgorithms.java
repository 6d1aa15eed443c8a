package dev.bulwark.rule.builtin.host;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.ResourceLogic;
import dev.bulwark.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The SSH server's algorithm lists hold no weak algorithm. Java rather than CEL so the message can
 * name every weak algorithm of every list and the finding can point at the first list that has one.
 */
public final class WeakSshAlgorithms implements ResourceLogic {
    private static final List<String[]> LISTS = List.of(
            new String[] {"ciphers", "Ciphers"}, new String[] {"macs", "MACs"},
            new String[] {"kexalgorithms", "KexAlgorithms"}, new String[] {"hostkeyalgorithms", "HostKeyAlgorithms"});

    @Override
    public Set<String> resourceTypes() {
        return Set.of("host_sshd");
    }

    @Override
    public String format() {
        return "host";
    }

    @Override
    public Outcome evaluate(Resource sshd, RuleContext context) {
        if (!Boolean.TRUE.equals(bool(sshd.attribute("installed")))) return Outcome.notApplicable("no OpenSSH server is installed");
        if (!"global".equals(str(sshd.attribute("context")))) {
            return Outcome.notApplicable("algorithms cannot be set in a Match block; the global context is judged");
        }
        List<String> parts = new ArrayList<>();
        String first = null;
        for (String[] l : LISTS) {
            List<String> weak = strings(sshd.attribute("weak_" + l[0]));
            if (weak.isEmpty()) continue;
            if (first == null) first = l[0];
            boolean byDefault = Boolean.TRUE.equals(bool(sshd.attribute(l[0] + "_default")));
            parts.add(l[1] + " " + String.join(",", weak)
                    + (byDefault ? " (default of OpenSSH " + str(sshd.attribute("openssh_version")) + ")" : ""));
        }
        if (first == null) return Outcome.pass("sshd offers no weak cipher, MAC, key exchange or host key algorithm");
        return Outcome.fail("sshd offers weak algorithms: " + String.join("; ", parts), first);
    }

    private static List<String> strings(Value v) {
        List<String> out = new ArrayList<>();
        if (v instanceof Value.ListV l) for (Value x : l.items()) if (x instanceof Value.Str s) out.add(s.value());
        return out;
    }

    private static Boolean bool(Value v) {
        return v instanceof Value.Bool b ? b.value() : null;
    }

    private static String str(Value v) {
        return v instanceof Value.Str s ? s.value() : null;
    }
}
