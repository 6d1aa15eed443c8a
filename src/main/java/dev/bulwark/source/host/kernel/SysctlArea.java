package dev.bulwark.source.host.kernel;

import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.Value;
import dev.bulwark.source.host.HostArea;
import dev.bulwark.source.host.HostContext;
import dev.bulwark.source.host.HostFacts;
import dev.bulwark.source.host.HostText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Kernel and network settings ({@code host_sysctl}, {@code host:sysctl}): attribute {@code settings} maps
 * each checked key to its value, {@code sources} to where it came from. Live, from {@code /proc/sys}.
 * Offline, as systemd-sysctl and {@code sysctl --system} apply the files at boot: {@code *.conf} of
 * /etc/sysctl.d, /run/sysctl.d, /usr/local/lib/sysctl.d, /usr/lib/sysctl.d and /lib/sysctl.d (a name in an
 * earlier directory hides the same name in later ones), in lexical order of name, then /etc/sysctl.conf;
 * the last assignment wins; keys may use / for . and * wildcards. A key no file sets has the upstream
 * kernel's default.
 */
public final class SysctlArea implements HostArea {
    static final List<String> DIRECTORIES = List.of("/etc/sysctl.d", "/run/sysctl.d", "/usr/local/lib/sysctl.d", "/usr/lib/sysctl.d", "/lib/sysctl.d");

    /** The checked keys and the upstream kernel's default of each. */
    public static final Map<String, String> KERNEL_DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("net.ipv4.ip_forward", "0");
        d.put("net.ipv6.conf.all.forwarding", "0");
        d.put("net.ipv4.conf.all.accept_source_route", "0");
        d.put("net.ipv4.conf.default.accept_source_route", "0");
        d.put("net.ipv6.conf.all.accept_source_route", "0");
        d.put("net.ipv4.conf.all.accept_redirects", "1");
        d.put("net.ipv4.conf.default.accept_redirects", "1");
        d.put("net.ipv6.conf.all.accept_redirects", "1");
        d.put("net.ipv4.conf.all.secure_redirects", "1");
        d.put("net.ipv4.conf.all.send_redirects", "1");
        d.put("net.ipv4.conf.all.rp_filter", "0");
        d.put("net.ipv4.conf.default.rp_filter", "0");
        d.put("net.ipv4.tcp_syncookies", "1");
        d.put("kernel.randomize_va_space", "2");
        d.put("kernel.kptr_restrict", "0");
        d.put("kernel.dmesg_restrict", "0");
        d.put("kernel.yama.ptrace_scope", "0");
        d.put("kernel.unprivileged_bpf_disabled", "0");
        return Map.copyOf(d);
    }

    @Override
    public String name() {
        return "sysctl";
    }

    @Override
    public void collect(HostContext context) {
        Map<String, String> values = new TreeMap<>();
        Map<String, String> sources = new TreeMap<>();
        Map<String, SourceLocation> at = new LinkedHashMap<>();
        SourceLocation location;
        if (context.root().isLive()) {
            location = SourceLocation.ofFile("/proc/sys");
            for (String key : KERNEL_DEFAULTS.keySet()) {
                String path = "/proc/sys/" + key.replace('.', '/');
                Optional<HostText> t = context.read(path);
                if (t.isEmpty()) continue; // this kernel has no such setting (e.g. no Yama): the rule says so
                values.put(key, String.join(" ", t.get().lines()).strip().replaceAll("\\s+", " "));
                sources.put(key, "live " + path);
                at.put(key, SourceLocation.ofFile(path));
            }
        } else {
            location = SourceLocation.ofFile("/etc/sysctl.d");
            for (Assignment a : assignments(context)) {
                for (String key : KERNEL_DEFAULTS.keySet()) {
                    if (!a.matches(key)) continue;
                    values.put(key, a.value());
                    sources.put(key, a.at().file() + ":" + a.at().startLine());
                    at.put(key, a.at());
                }
            }
            for (Map.Entry<String, String> d : KERNEL_DEFAULTS.entrySet()) {
                if (values.putIfAbsent(d.getKey(), d.getValue()) == null) sources.put(d.getKey(), "kernel default");
            }
        }
        HostFacts facts = context.facts("host_sysctl", "host:sysctl", "sysctl", location);
        facts.put("settings", obj(values), null).put("sources", obj(sources), null);
        at.forEach((k, l) -> facts.locate("settings." + k, l));
        context.add(facts);
    }

    /** Every assignment of the boot-time files, in the order they are applied. */
    static List<Assignment> assignments(HostContext context) {
        Map<String, String> byName = new TreeMap<>();
        for (String dir : DIRECTORIES) {
            for (String name : context.list(dir)) {
                if (name.endsWith(".conf")) byName.putIfAbsent(name, dir + "/" + name);
            }
        }
        List<String> files = new ArrayList<>(byName.values());
        files.add("/etc/sysctl.conf");
        List<Assignment> out = new ArrayList<>();
        for (String file : files) {
            Optional<HostText> text = context.read(file);
            if (text.isEmpty()) continue;
            for (int n = 1; n <= text.get().lines().size(); n++) {
                String line = text.get().line(n).strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) continue;
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    context.error(text.get().at(n), "not a sysctl assignment (key = value): " + line);
                    continue;
                }
                String key = line.substring(0, eq).strip();
                if (key.startsWith("-")) key = key.substring(1);
                out.add(new Assignment(normalise(key), line.substring(eq + 1).strip(), text.get().at(n)));
            }
        }
        return out;
    }

    /** sysctl.d(5): when the first separator is a slash, slashes separate and dots are part of names. */
    static String normalise(String key) {
        int slash = key.indexOf('/');
        int dot = key.indexOf('.');
        if (slash >= 0 && (dot < 0 || slash < dot)) {
            return key.replace('.', '\u0000').replace('/', '.').replace('\u0000', '/');
        }
        return key;
    }

    record Assignment(String key, String value, SourceLocation at) {
        boolean matches(String name) {
            if (!key.contains("*")) return key.equals(name);
            return name.matches(("\\Q" + key + "\\E").replace("*", "\\E[^.]*\\Q"));
        }
    }

    private static Value.Obj obj(Map<String, String> m) {
        Map<String, Value> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, Value.of(v)));
        return new Value.Obj(out);
    }
}
