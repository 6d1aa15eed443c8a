package dev.bulwark.source.host.logging;

import dev.bulwark.source.host.conf.ConfigProblem;
import dev.bulwark.source.host.conf.FileLine;

import java.util.List;
import java.util.Map;

/**
 * What the audit rules record.
 *
 * @param files    the rule files read, in the order auditd loads them
 * @param watches  watched paths ({@code -w PATH} or {@code -F path=}/{@code -F dir=} of a syscall rule) → first line
 * @param syscalls syscall names of {@code -a ... -S} rules → first line
 * @param disabled the line of {@code -e 0}, which switches auditing off, or null
 */
public record AuditRules(List<String> files, Map<String, FileLine> watches, Map<String, FileLine> syscalls, FileLine disabled,
                         List<ConfigProblem> problems) {
    public AuditRules {
        files = List.copyOf(files);
        watches = Map.copyOf(watches);
        syscalls = Map.copyOf(syscalls);
        problems = List.copyOf(problems);
    }
}
