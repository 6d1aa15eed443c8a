package dev.bulwark.source.host;

/**
 * One area of a host check (SSH server, kernel settings, firewall, …): reads its files through the
 * context's root and adds its facts as resources. An area never throws for what it finds on the
 * host: an unreadable or malformed file becomes a diagnostic naming file and line, and the area
 * reports what it could still read. Areas are listed in {@link HostAreas}.
 */
public interface HostArea {
    /** A short name for messages, e.g. {@code sshd}. */
    String name();

    void collect(HostContext context);
}
