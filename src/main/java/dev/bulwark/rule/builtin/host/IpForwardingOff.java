package dev.bulwark.rule.builtin.host;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The host does not route packets between interfaces. */
public final class IpForwardingOff extends SysctlExpectation {
    @Override
    Map<String, Set<String>> expected() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("net.ipv4.ip_forward", Set.of("0"));
        m.put("net.ipv6.conf.all.forwarding", Set.of("0"));
        return m;
    }
}
