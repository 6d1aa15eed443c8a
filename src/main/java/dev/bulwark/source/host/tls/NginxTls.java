package dev.bulwark.source.host.tls;

import dev.bulwark.source.host.conf.FileLine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The protocols each nginx {@code server} that terminates TLS accepts: its own {@code ssl_protocols}, else
 * the one of the enclosing {@code http}, {@code stream} or {@code mail} block, else nginx's default, which
 * is TLSv1.2 TLSv1.3 from nginx 1.23.4 and TLSv1 TLSv1.1 TLSv1.2 TLSv1.3 before it.
 */
public final class NginxTls {
    private NginxTls() {
    }

    /**
     * @param config  the top-level directives with includes expanded
     * @param version the installed nginx version (e.g. {@code 1.22.1}) when the package database tells it
     */
    public static List<TlsEndpoint> endpoints(List<NginxDirective> config, Optional<String> version) {
        List<TlsEndpoint> out = new ArrayList<>();
        for (NginxDirective top : config) {
            if (top.block() == null || !List.of("http", "stream", "mail").contains(top.name())) continue;
            Optional<NginxDirective> inherited = last(top.block(), "ssl_protocols");
            for (NginxDirective server : top.block()) {
                if (!server.name().equals("server") || server.block() == null) continue;
                Optional<String> tls = tlsListen(server);
                if (tls.isEmpty()) continue;
                Optional<NginxDirective> own = last(server.block(), "ssl_protocols");
                Optional<NginxDirective> setting = own.or(() -> inherited);
                String context = top.name() + " server " + serverName(server) + " (" + tls.get() + ")";
                if (setting.isPresent()) {
                    NginxDirective d = setting.get();
                    Set<TlsVersion> enabled = EnumSet.noneOf(TlsVersion.class);
                    d.args().forEach(a -> TlsVersion.parse(a).ifPresent(enabled::add));
                    out.add(new TlsEndpoint("nginx", context, server.at(), enabled, List.of(d.at()),
                            "ssl_protocols " + String.join(" ", d.args())));
                } else {
                    out.add(defaults(context, server.at(), version));
                }
            }
        }
        return out;
    }

    private static TlsEndpoint defaults(String context, FileLine at, Optional<String> version) {
        if (version.isEmpty()) {
            return new TlsEndpoint("nginx", context, at, Set.of(), List.of(),
                    "no ssl_protocols: nginx's default, which depends on its version (TLSv1 and TLSv1.1 are on before 1.23.4), and the installed version is not known");
        }
        boolean modern = Versions.atLeast(version.get(), "1.23.4");
        Set<TlsVersion> enabled = modern ? TlsVersion.from(TlsVersion.TLSV1_2, TlsVersion.TLSV1_3) : TlsVersion.from(TlsVersion.TLSV1, TlsVersion.TLSV1_3);
        return new TlsEndpoint("nginx", context, at, enabled, List.of(),
                "no ssl_protocols: the default of nginx " + version.get() + (modern ? " (TLSv1.2 TLSv1.3)" : " (TLSv1 TLSv1.1 TLSv1.2 TLSv1.3)"));
    }

    /** The listen directive that turns TLS on, as written, or "ssl on" of old configurations. */
    private static Optional<String> tlsListen(NginxDirective server) {
        for (NginxDirective d : server.block()) {
            if (d.name().equals("listen") && (d.args().contains("ssl") || d.args().contains("quic"))) {
                return Optional.of("listen " + String.join(" ", d.args()));
            }
            if (d.name().equals("ssl") && d.args().equals(List.of("on"))) return Optional.of("ssl on");
        }
        return Optional.empty();
    }

    private static String serverName(NginxDirective server) {
        return last(server.block(), "server_name").filter(d -> !d.args().isEmpty())
                .map(d -> d.args().get(0)).orElse("at line " + server.at().line());
    }

    private static Optional<NginxDirective> last(List<NginxDirective> block, String name) {
        NginxDirective found = null;
        for (NginxDirective d : block) if (d.name().equals(name)) found = d;
        return Optional.ofNullable(found);
    }
}
