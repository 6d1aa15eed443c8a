package dev.bulwark.source.host.tls;

import dev.bulwark.source.host.conf.ConfigProblem;
import dev.bulwark.source.host.conf.FileLine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The protocols each HAProxy {@code bind ... ssl} line accepts. HAProxy 2.2 and later start from
 * {@code ssl-min-ver TLSv1.2}; {@code ssl-default-bind-options} of the global section apply to every bind line,
 * and the line's own {@code ssl-min-ver}, {@code ssl-max-ver}, {@code no-tlsv1x} and {@code force-tlsv1x} come after them.
 */
public final class HaproxyTls {
    public static final String MAIN = "/etc/haproxy/haproxy.cfg";
    private static final Set<String> PROXY_SECTIONS = Set.of("frontend", "listen", "backend", "defaults", "peers");
    private static final Map<String, TlsVersion> NO = Map.of("no-sslv3", TlsVersion.SSLV3, "no-tlsv10", TlsVersion.TLSV1,
            "no-tlsv11", TlsVersion.TLSV1_1, "no-tlsv12", TlsVersion.TLSV1_2, "no-tlsv13", TlsVersion.TLSV1_3);
    private static final Map<String, TlsVersion> FORCE = Map.of("force-sslv3", TlsVersion.SSLV3, "force-tlsv10", TlsVersion.TLSV1,
            "force-tlsv11", TlsVersion.TLSV1_1, "force-tlsv12", TlsVersion.TLSV1_2, "force-tlsv13", TlsVersion.TLSV1_3);

    private final List<ConfigProblem> problems = new ArrayList<>();

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    public List<TlsEndpoint> endpoints(String file, String text) {
        List<String> defaults = List.of();
        FileLine defaultsAt = null;
        List<Bind> binds = new ArrayList<>();
        String section = "";
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String t = stripComment(lines[i]).strip();
            if (t.isEmpty()) continue;
            List<String> words = List.of(t.split("\\s+"));
            String keyword = words.get(0);
            FileLine at = new FileLine(file, i + 1);
            if (keyword.equals("global") || PROXY_SECTIONS.contains(keyword) || keyword.equals("resolvers") || keyword.equals("userlist")
                    || keyword.equals("program") || keyword.equals("http-errors") || keyword.equals("ring") || keyword.equals("cache")
                    || keyword.equals("mailers")) {
                section = keyword + (words.size() > 1 ? " " + words.get(1) : "");
                continue;
            }
            if (section.equals("global") && keyword.equals("ssl-default-bind-options")) {
                defaults = words.subList(1, words.size());
                defaultsAt = at;
            } else if (keyword.equals("bind") && words.contains("ssl")) {
                if (section.isEmpty()) problems.add(new ConfigProblem(file, i + 1, "bind line outside a section"));
                binds.add(new Bind(section, words.size() > 1 ? words.get(1) : "", words.subList(2, words.size()), at));
            }
        }
        List<TlsEndpoint> out = new ArrayList<>();
        for (Bind b : binds) {
            TlsVersion min = TlsVersion.TLSV1_2;
            TlsVersion max = TlsVersion.TLSV1_3;
            Set<TlsVersion> off = EnumSet.noneOf(TlsVersion.class);
            TlsVersion[] range = {min, max};
            apply(defaults, range, off);
            apply(b.options, range, off);
            Set<TlsVersion> enabled = EnumSet.noneOf(TlsVersion.class);
            enabled.addAll(TlsVersion.from(range[0], range[1]));
            enabled.removeAll(off);
            List<FileLine> setting = new ArrayList<>();
            List<String> basis = new ArrayList<>();
            if (defaultsAt != null && mentionsVersion(defaults)) {
                setting.add(defaultsAt);
                basis.add("ssl-default-bind-options " + String.join(" ", defaults));
            }
            if (mentionsVersion(b.options)) {
                setting.add(b.at);
                basis.add("bind options " + String.join(" ", b.options.stream().filter(HaproxyTls::isVersionOption).toList()));
            }
            out.add(new TlsEndpoint("haproxy", b.section + " bind " + b.address, b.at, enabled, setting,
                    basis.isEmpty() ? "no version options: HAProxy's default since 2.2 (ssl-min-ver TLSv1.2)" : String.join("; ", basis)));
        }
        return out;
    }

    private static void apply(List<String> options, TlsVersion[] range, Set<TlsVersion> off) {
        for (int i = 0; i < options.size(); i++) {
            String o = options.get(i).toLowerCase(Locale.ROOT);
            if ((o.equals("ssl-min-ver") || o.equals("ssl-max-ver")) && i + 1 < options.size()) {
                TlsVersion v = TlsVersion.parse(options.get(++i)).orElse(null);
                if (v == null) continue;
                if (o.equals("ssl-min-ver")) range[0] = v;
                else range[1] = v;
            } else if (NO.containsKey(o)) {
                off.add(NO.get(o));
            } else if (FORCE.containsKey(o)) {
                range[0] = FORCE.get(o);
                range[1] = FORCE.get(o);
            }
        }
    }

    private static boolean mentionsVersion(List<String> options) {
        return options.stream().anyMatch(HaproxyTls::isVersionOption);
    }

    private static boolean isVersionOption(String option) {
        String o = option.toLowerCase(Locale.ROOT);
        return o.equals("ssl-min-ver") || o.equals("ssl-max-ver") || NO.containsKey(o) || FORCE.containsKey(o)
                || TlsVersion.parse(option).isPresent();
    }

    /** HAProxy comments start at an unescaped {@code #} outside quotes. */
    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') i++;
            else if (c == '"') quoted = !quoted;
            else if (c == '#' && !quoted) return line.substring(0, i);
        }
        return line;
    }

    private record Bind(String section, String address, List<String> options, FileLine at) {
    }
}
