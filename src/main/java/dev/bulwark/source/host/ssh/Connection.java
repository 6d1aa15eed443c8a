package dev.bulwark.source.host.ssh;

import java.util.Locale;

/**
 * A connection as {@code sshd -T -C user=…,host=…,addr=…} describes one, to decide which Match blocks
 * apply to it. Pattern lists follow sshd: comma-separated, {@code *} and {@code ?} wildcards, a
 * pattern starting with {@code !} excludes; Address and LocalAddress also take IPv4 CIDR blocks.
 * Group criteria need the host's group database and never match here.
 */
record Connection(String user, String host, String address, String localAddress, String localPort) {

    boolean matches(MatchBlock block) {
        for (MatchBlock.Criterion c : block.criteria()) {
            boolean ok = switch (c.keyword()) {
                case "all" -> true;
                case "user" -> user != null && patternList(user, c.patterns(), false);
                case "host" -> host != null && patternList(host.toLowerCase(Locale.ROOT), c.patterns().toLowerCase(Locale.ROOT), false);
                case "address" -> address != null && patternList(address, c.patterns(), true);
                case "localaddress" -> localAddress != null && patternList(localAddress, c.patterns(), true);
                case "localport" -> localPort != null && patternList(localPort, c.patterns(), false);
                default -> false;
            };
            if (!ok) return false;
        }
        return true;
    }

    private static boolean patternList(String value, String list, boolean addresses) {
        boolean any = false;
        for (String p : list.split(",")) {
            boolean negated = p.startsWith("!");
            String pattern = negated ? p.substring(1) : p;
            boolean hit = addresses && pattern.contains("/") ? inCidr(value, pattern) : wildcard(value, pattern);
            if (hit && negated) return false;
            if (hit) any = true;
        }
        return any;
    }

    static boolean wildcard(String s, String p) {
        return s.matches(("\\Q" + p + "\\E").replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q"));
    }

    private static boolean inCidr(String address, String cidr) {
        String[] parts = cidr.split("/");
        long a = ipv4(address);
        long net = ipv4(parts[0]);
        if (a < 0 || net < 0) return false;
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : (0xffffffffL << (32 - bits)) & 0xffffffffL;
        return (a & mask) == (net & mask);
    }

    private static long ipv4(String s) {
        String[] o = s.split("\\.");
        if (o.length != 4) return -1;
        long v = 0;
        for (String x : o) {
            try {
                v = (v << 8) | Integer.parseInt(x);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return v;
    }
}
