package dev.bulwark.source.host.services;

/**
 * A service started at boot.
 *
 * @param name     the unit or service name, e.g. {@code ssh.service}, {@code telnet.socket}, {@code sshd} (OpenRC)
 * @param wantedBy the target or runlevel that starts it, e.g. {@code multi-user.target}, {@code default}
 * @param link     the host path of the link that enables it
 * @param unitFile the host path of the unit file the link leads to, or null when it leads nowhere
 */
public record EnabledUnit(String name, String wantedBy, String link, String unitFile) {
}
