package dev.bulwark.rule.builtin.host;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Packets that choose their own route are dropped. */
public final class SourceRoutingRejected extends SysctlExpectation {
    @Override
    Map<String, Set<String>> expected() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("net.ipv4.conf.all.accept_source_route", Set.of("0"));
        m.put("net.ipv4.conf.default.accept_source_route", Set.of("0"));
        m.put("net.ipv6.conf.all.accept_source_route", Set.of("0"));
        return m;
    }
}
