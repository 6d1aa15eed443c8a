package dev.bulwark.source.host.tls;

import dev.bulwark.source.host.conf.FileLine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The protocols each Apache virtual host with {@code SSLEngine on} accepts. The last {@code SSLProtocol} reads its
 * words in order from an empty set: a bare name or {@code all} replaces the set, {@code +name} adds and {@code -name} removes;
 * a virtual host without its own SSLProtocol takes the server's, and without any the default
 * {@code all -SSLv3} applies ({@code all} being SSLv3 up to TLSv1.3).
 */
public final class ApacheTls {
    private static final Set<TlsVersion> ALL = TlsVersion.from(TlsVersion.SSLV3, TlsVersion.TLSV1_3);

    private ApacheTls() {
    }

    public static List<TlsEndpoint> endpoints(List<ApacheDirective> config) {
        List<ApacheDirective> global = flatten(config, false);
        Setting server = setting(global);
        List<TlsEndpoint> out = new ArrayList<>();
        collectHosts(config, server, out);
        return out;
    }

    private static void collectHosts(List<ApacheDirective> block, Setting server, List<TlsEndpoint> out) {
        for (ApacheDirective d : block) {
            if (d.block() == null) continue;
            if (d.is("VirtualHost")) {
                List<ApacheDirective> inside = flatten(d.block(), true);
                boolean tls = inside.stream().anyMatch(x -> x.is("SSLEngine") && x.args().size() == 1 && x.args().get(0).equalsIgnoreCase("on"));
                if (!tls) continue;
                Setting own = setting(inside);
                Setting effective = own.lines.isEmpty() ? server : own;
                String context = "VirtualHost " + String.join(" ", d.args()) + serverName(inside);
                out.add(new TlsEndpoint("apache", context, d.at(), effective.enabled, effective.lines,
                        effective.lines.isEmpty() ? "no SSLProtocol: Apache's default all -SSLv3" : effective.basis));
            } else {
                collectHosts(d.block(), server, out);
            }
        }
    }

    private static String serverName(List<ApacheDirective> inside) {
        return inside.stream().filter(x -> x.is("ServerName") && !x.args().isEmpty()).map(x -> " " + x.args().get(0)).findFirst().orElse("");
    }

    /** The directives of a block, conditional sections opened, virtual hosts left out (unless we are inside one). */
    private static List<ApacheDirective> flatten(List<ApacheDirective> block, boolean insideHost) {
        List<ApacheDirective> out = new ArrayList<>();
        for (ApacheDirective d : block) {
            if (d.block() == null) out.add(d);
            else if (d.is("IfModule") || d.is("IfDefine") || d.is("IfVersion") || d.is("IfFile")) out.addAll(flatten(d.block(), insideHost));
        }
        return out;
    }

    /** The last SSLProtocol decides: mod_ssl starts each one from an empty set. */
    private static Setting setting(List<ApacheDirective> directives) {
        ApacheDirective last = null;
        for (ApacheDirective d : directives) if (d.is("SSLProtocol")) last = d;
        if (last == null) {
            Set<TlsVersion> defaults = EnumSet.copyOf(ALL);
            defaults.remove(TlsVersion.SSLV3);
            return new Setting(defaults, List.of(), "");
        }
        Set<TlsVersion> set = EnumSet.noneOf(TlsVersion.class);
        for (String word : last.args()) {
            char sign = word.isEmpty() ? ' ' : word.charAt(0);
            String name = sign == '+' || sign == '-' ? word.substring(1) : word;
            Set<TlsVersion> named = name.toLowerCase(Locale.ROOT).equals("all") ? ALL
                    : TlsVersion.parse(name).map(EnumSet::of).orElse(EnumSet.noneOf(TlsVersion.class));
            if (sign == '+') set.addAll(named);
            else if (sign == '-') set.removeAll(named);
            else {
                set.clear();
                set.addAll(named);
            }
        }
        return new Setting(set, List.of(last.at()), "SSLProtocol " + String.join(" ", last.args()));
    }

    private record Setting(Set<TlsVersion> enabled, List<FileLine> lines, String basis) {
    }
}
