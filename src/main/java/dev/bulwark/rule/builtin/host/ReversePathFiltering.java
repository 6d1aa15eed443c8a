package dev.bulwark.rule.builtin.host;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Packets with a source address the host would not route back through the same interface are dropped (strict 1 or loose 2). */
public final class ReversePathFiltering extends SysctlExpectation {
    @Override
    Map<String, Set<String>> expected() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("net.ipv4.conf.all.rp_filter", Set.of("1", "2"));
        m.put("net.ipv4.conf.default.rp_filter", Set.of("1", "2"));
        return m;
    }
}
