package dev.bulwark.rule.builtin.host;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** SYN cookies keep the host answering during a SYN flood. */
public final class SynCookies extends SysctlExpectation {
    @Override
    Map<String, Set<String>> expected() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("net.ipv4.tcp_syncookies", Set.of("1"));
        return m;
    }
}
