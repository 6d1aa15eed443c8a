package dev.bulwark.source.host.logging;

import dev.bulwark.source.host.conf.ConfigFiles;
import dev.bulwark.source.host.conf.ConfigProblem;
import dev.bulwark.source.host.conf.FileLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads audit rules the way they reach the kernel: {@code augenrules} joins {@code /etc/audit/rules.d/*.rules}
 * in name order into {@code /etc/audit/audit.rules}; when rules.d has rules they are read, else audit.rules.
 */
public final class AuditRulesReader {
    public static final String RULES_D = "/etc/audit/rules.d";
    public static final String AUDIT_RULES = "/etc/audit/audit.rules";

    private AuditRulesReader() {
    }

    /** Empty when there are no audit rules at all. */
    public static Optional<AuditRules> read(ConfigFiles files) {
        List<String> paths = new ArrayList<>();
        for (String name : files.list(RULES_D)) if (name.endsWith(".rules")) paths.add(RULES_D + "/" + name);
        if (paths.isEmpty() && files.exists(AUDIT_RULES)) paths.add(AUDIT_RULES);
        if (paths.isEmpty()) return Optional.empty();
        Map<String, FileLine> watches = new LinkedHashMap<>();
        Map<String, FileLine> syscalls = new LinkedHashMap<>();
        List<ConfigProblem> problems = new ArrayList<>();
        FileLine disabled = null;
        List<String> read = new ArrayList<>();
        for (String path : paths) {
            Optional<String> text;
            text = files.read(path);
            if (text.isEmpty()) continue;
            read.add(path);
            String[] lines = text.get().split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                FileLine at = new FileLine(path, i + 1);
                List<String> words = List.of(l.split("\\s+"));
                String first = words.get(0);
                if (first.equals("-e") && words.size() > 1) {
                    disabled = words.get(1).equals("0") ? at : null;
                } else if (first.equals("-w") && words.size() > 1) {
                    watches.putIfAbsent(words.get(1), at);
                } else if (first.equals("-a") || first.equals("-A")) {
                    for (int w = 1; w < words.size() - 1; w++) {
                        String flag = words.get(w);
                        String value = words.get(w + 1);
                        if (flag.equals("-S")) {
                            for (String call : value.split(",")) syscalls.putIfAbsent(call, at);
                        } else if (flag.equals("-F") && (value.startsWith("path=") || value.startsWith("dir="))) {
                            watches.putIfAbsent(value.substring(value.indexOf('=') + 1), at);
                        }
                    }
                } else if (!first.startsWith("-")) {
                    problems.add(new ConfigProblem(path, i + 1, "not an auditctl rule: " + l));
                }
            }
        }
        return Optional.of(new AuditRules(read, watches, syscalls, disabled, problems));
    }
}
