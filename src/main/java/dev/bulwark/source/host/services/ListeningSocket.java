package dev.bulwark.source.host.services;

/**
 * A socket accepting connections or datagrams.
 *
 * @param protocol tcp, tcp6, udp or udp6
 * @param address  the local address, e.g. {@code 0.0.0.0}, {@code ::}, {@code 127.0.0.1}
 * @param inode    the socket's inode, which links it to the process holding it
 * @param process  the command name of a process holding it ({@code /proc/PID/comm}), or null when none could be read
 * @param pid      that process's id, or 0
 */
public record ListeningSocket(String protocol, String address, int port, long inode, String process, long pid) {
    /** True when only this machine can reach it: 127.0.0.0/8 or ::1. */
    public boolean loopback() {
        return address.startsWith("127.") || address.equals("::1");
    }

    ListeningSocket withProcess(String name, long id) {
        return new ListeningSocket(protocol, address, port, inode, name, id);
    }
}
