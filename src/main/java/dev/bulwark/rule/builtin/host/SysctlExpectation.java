package dev.bulwark.rule.builtin.host;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.ResourceLogic;
import dev.bulwark.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kernel settings that must have one of some values: every failing key is named with its value and
 * where that value came from (the live kernel, a sysctl.d file and line, or the kernel default), and
 * the finding points at the first one's file and line. A key the live kernel does not have is undecided.
 */
abstract class SysctlExpectation implements ResourceLogic {
    /** Each key and the values that pass, in the order they are reported. */
    abstract Map<String, Set<String>> expected();

    @Override
    public final Set<String> resourceTypes() {
        return Set.of("host_sysctl");
    }

    @Override
    public final String format() {
        return "host";
    }

    @Override
    public final Outcome evaluate(Resource sysctl, RuleContext context) {
        Value.Obj settings = sysctl.attribute("settings") instanceof Value.Obj o ? o : Value.Obj.EMPTY;
        Value.Obj sources = sysctl.attribute("sources") instanceof Value.Obj o ? o : Value.Obj.EMPTY;
        List<String> failing = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        String first = null;
        for (Map.Entry<String, Set<String>> e : expected().entrySet()) {
            String key = e.getKey();
            if (!(settings.get(key) instanceof Value.Str v)) {
                missing.add(key);
                continue;
            }
            if (e.getValue().contains(v.value())) continue;
            String from = sources.get(key) instanceof Value.Str s ? s.value() : "unknown source";
            failing.add(key + " = " + v.value() + " (" + from + "; expected " + String.join(" or ", e.getValue()) + ")");
            if (first == null) first = "settings." + key;
        }
        if (!failing.isEmpty()) return Outcome.fail(String.join("; ", failing), first);
        if (!missing.isEmpty()) return Outcome.unknown("this kernel has no " + String.join(", ", missing), null);
        return Outcome.pass(String.join(", ", expected().keySet()) + " have secure values");
    }
}
