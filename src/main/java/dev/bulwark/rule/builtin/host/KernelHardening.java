package dev.bulwark.rule.builtin.host;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Address space randomisation, hidden kernel pointers and log, restricted ptrace and unprivileged BPF. */
public final class KernelHardening extends SysctlExpectation {
    @Override
    Map<String, Set<String>> expected() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("kernel.randomize_va_space", Set.of("2"));
        m.put("kernel.kptr_restrict", Set.of("1", "2"));
        m.put("kernel.dmesg_restrict", Set.of("1"));
        m.put("kernel.yama.ptrace_scope", Set.of("1", "2", "3"));
        m.put("kernel.unprivileged_bpf_disabled", Set.of("1", "2"));
        return m;
    }
}
