package dev.bulwark.source.host.services;

import java.util.List;

/**
 * A program Bulwark looks for on a host, with the executables that betray it.
 *
 * @param kind  legacy-daemon, compiler or network-tool
 * @param name  a readable name, e.g. {@code telnet server}
 * @param paths host paths of its executables
 * @param ports TCP/UDP ports it listens on when it runs (legacy daemons), else empty
 * @param units systemd units and OpenRC services that start it
 */
public record Program(String kind, String name, List<String> paths, List<Integer> ports, List<String> units) {
    public static final String LEGACY_DAEMON = "legacy-daemon";
    public static final String COMPILER = "compiler";
    public static final String NETWORK_TOOL = "network-tool";

    /** Every program looked for: legacy clear-text daemons, compilers and build tools, network probing and capture tools. */
    public static final List<Program> KNOWN = List.of(
            new Program(LEGACY_DAEMON, "telnet server", bins("sbin", "in.telnetd", "telnetd"), List.of(23), List.of("telnet.socket", "telnetd.service", "inetutils-telnetd.service")),
            new Program(LEGACY_DAEMON, "rsh server", bins("sbin", "in.rshd", "rshd"), List.of(514), List.of("rsh.socket", "rshd.socket")),
            new Program(LEGACY_DAEMON, "rlogin server", bins("sbin", "in.rlogind", "rlogind"), List.of(513), List.of("rlogin.socket", "rlogind.socket")),
            new Program(LEGACY_DAEMON, "rexec server", bins("sbin", "in.rexecd", "rexecd"), List.of(512), List.of("rexec.socket", "rexecd.socket")),
            new Program(LEGACY_DAEMON, "tftp server", bins("sbin", "in.tftpd", "tftpd"), List.of(69), List.of("tftp.socket", "tftp.service", "tftpd-hpa.service", "tftp-server.socket", "in.tftpd")),
            new Program(LEGACY_DAEMON, "ftp server", bins("sbin", "vsftpd", "proftpd", "pure-ftpd", "in.ftpd", "ftpd"), List.of(21),
                    List.of("vsftpd.service", "proftpd.service", "pure-ftpd.service", "vsftpd", "proftpd")),
            new Program(LEGACY_DAEMON, "xinetd", bins("sbin", "xinetd"), List.of(), List.of("xinetd.service", "xinetd")),
            new Program(LEGACY_DAEMON, "inetd", bins("sbin", "inetd", "inetutils-inetd"), List.of(), List.of("inetd.service", "openbsd-inetd.service", "inetutils-inetd.service", "inetd")),
            new Program(COMPILER, "gcc", bins("bin", "gcc", "cc", "c++", "g++"), List.of(), List.of()),
            new Program(COMPILER, "clang", bins("bin", "clang", "clang++"), List.of(), List.of()),
            new Program(COMPILER, "make", bins("bin", "make", "gmake"), List.of(), List.of()),
            new Program(COMPILER, "assembler and linker", bins("bin", "as", "ld"), List.of(), List.of()),
            new Program(NETWORK_TOOL, "netcat", bins("bin", "nc", "netcat", "ncat", "nc.openbsd", "nc.traditional"), List.of(), List.of()),
            new Program(NETWORK_TOOL, "nmap", bins("bin", "nmap"), List.of(), List.of()),
            new Program(NETWORK_TOOL, "tcpdump", bins("bin", "tcpdump"), List.of(), List.of()),
            new Program(NETWORK_TOOL, "socat", bins("bin", "socat"), List.of(), List.of()),
            new Program(NETWORK_TOOL, "wireshark", bins("bin", "tshark", "dumpcap"), List.of(), List.of()));

    /** The executable in /usr/X, /X and /usr/local/X for each name (X being bin or sbin; both are looked in). */
    private static List<String> bins(String dir, String... names) {
        List<String> out = new java.util.ArrayList<>();
        for (String n : names) {
            for (String d : List.of("/usr/" + dir, "/" + dir, "/usr/local/" + dir, dir.equals("bin") ? "/usr/sbin" : "/usr/bin")) out.add(d + "/" + n);
        }
        return List.copyOf(out);
    }
}
