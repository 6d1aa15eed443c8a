package dev.bulwark.source.host.ssh;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The configuration sshd applies to a connection: for each keyword, the first value among the active
 * Match blocks (sshd re-reads them per connection and lets them override the global section), else the
 * first value in the global section, else the default of the installed version. Algorithm lists with
 * {@code +}, {@code -} or {@code ^} are applied to the default; yes/no style values are lower-cased and
 * {@code without-password} is read as its current name {@code prohibit-password}.
 */
final class SshdEffective {
    private SshdEffective() {}

    private static final Set<String> ALGORITHMS = Set.of("ciphers", "macs", "kexalgorithms", "hostkeyalgorithms");
    private static final Set<String> CASE_FREE = Set.of("permitrootlogin", "passwordauthentication", "kbdinteractiveauthentication",
            "permitemptypasswords", "x11forwarding", "loglevel");

    static Map<String, SshdSetting> compute(List<SshdLine> lines, Predicate<MatchBlock> active, Map<String, String> defaults) {
        Map<String, SshdLine> global = new HashMap<>();
        Map<String, SshdLine> matched = new HashMap<>();
        for (SshdLine l : lines) {
            String k = SshdKeywords.canonical(l.keyword());
            if (l.match() == null) global.putIfAbsent(k, l);
            else if (active.test(l.match())) matched.putIfAbsent(k, l);
        }
        Map<String, SshdSetting> out = new LinkedHashMap<>();
        for (String k : OpenSshDefaults.CHECKED) {
            SshdLine l = matched.getOrDefault(k, global.get(k));
            String dflt = defaults.get(k);
            if (l == null) {
                out.put(k, new SshdSetting(dflt, null));
                continue;
            }
            String v = l.value();
            if (ALGORITHMS.contains(k)) v = String.join(",", AlgorithmList.apply(v.replace(" ", ""), dflt));
            if (CASE_FREE.contains(k)) v = k.equals("loglevel") ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
            if (k.equals("permitrootlogin") && v.equals("without-password")) v = "prohibit-password";
            out.put(k, new SshdSetting(v, l.at()));
        }
        return out;
    }
}
