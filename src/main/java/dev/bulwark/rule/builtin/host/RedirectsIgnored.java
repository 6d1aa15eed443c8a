package dev.bulwark.rule.builtin.host;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** ICMP redirects neither change the host's routes nor are sent by it. */
public final class RedirectsIgnored extends SysctlExpectation {
    @Override
    Map<String, Set<String>> expected() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("net.ipv4.conf.all.accept_redirects", Set.of("0"));
        m.put("net.ipv4.conf.default.accept_redirects", Set.of("0"));
        m.put("net.ipv6.conf.all.accept_redirects", Set.of("0"));
        m.put("net.ipv4.conf.all.secure_redirects", Set.of("0"));
        m.put("net.ipv4.conf.all.send_redirects", Set.of("0"));
        return m;
    }
}
