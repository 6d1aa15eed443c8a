package dev.bulwark.source.host.tls;

import dev.bulwark.source.host.conf.FileLine;

import java.util.List;
import java.util.Set;

/**
 * One place a local server accepts TLS: an nginx server block, an Apache virtual host, an HAProxy bind line.
 *
 * @param server   nginx, apache or haproxy
 * @param context  a readable name of the place, e.g. {@code server example.com (listen 443 ssl)}
 * @param at       where the place is declared
 * @param enabled  the protocol versions it accepts, oldest first
 * @param setting  the lines that decide {@code enabled}; empty when the server's default applies
 * @param basis    how {@code enabled} was decided, e.g. {@code ssl_protocols TLSv1 TLSv1.2} or {@code default of nginx}
 */
public record TlsEndpoint(String server, String context, FileLine at, Set<TlsVersion> enabled, List<FileLine> setting, String basis) {
    public TlsEndpoint {
        enabled = Set.copyOf(enabled);
        setting = List.copyOf(setting);
    }

    /** Versions below TLS 1.2 it accepts, oldest first. */
    public List<TlsVersion> weak() {
        return enabled.stream().filter(TlsVersion::belowTls12).sorted().toList();
    }
}
