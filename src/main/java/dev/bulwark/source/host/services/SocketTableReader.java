package dev.bulwark.source.host.services;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the kernel's socket tables ({@code /proc/net/tcp}, {@code tcp6}, {@code udp}, {@code udp6}): one
 * socket a line, addresses as hex in the kernel's byte order, the state as hex ({@code 0A} is LISTEN for TCP;
 * an unconnected UDP socket is {@code 07}), and the inode in the tenth column.
 */
public final class SocketTableReader {
    private static final String TCP_LISTEN = "0A";
    private static final String UDP_UNCONNECTED = "07";

    private SocketTableReader() {
    }

    /** The listening (TCP) or unconnected bound (UDP) sockets of one table. */
    public static List<ListeningSocket> listening(String protocol, String table) {
        List<ListeningSocket> out = new ArrayList<>();
        boolean udp = protocol.startsWith("udp");
        String[] lines = table.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].strip().split("\\s+");
            if (f.length < 10) continue;
            String state = f[3];
            if (!(udp ? state.equals(UDP_UNCONNECTED) : state.equals(TCP_LISTEN))) continue;
            String[] local = f[1].split(":");
            if (local.length != 2) continue;
            try {
                int port = Integer.parseInt(local[1], 16);
                if (udp && port == 0) continue;
                out.add(new ListeningSocket(protocol, address(local[0]), port, Long.parseLong(f[9]), null, 0));
            } catch (IllegalArgumentException e) {
                // A line the kernel did not write: leave it out.
            }
        }
        return out;
    }

    /** The kernel prints each 32-bit word of the address in host byte order, little-endian on the machines this runs on. */
    static String address(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int b = 0; b < 4; b++) {
                int from = (word * 4 + (3 - b)) * 2;
                bytes[word * 4 + b] = (byte) Integer.parseInt(hex.substring(from, from + 2), 16);
            }
        }
        try {
            InetAddress a = InetAddress.getByAddress(bytes);
            String text = a.getHostAddress();
            return text.contains(":") ? compress(a) : text;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(hex);
        }
    }

    /** IPv6 in its short form: {@code ::}, {@code ::1}, {@code ::ffff:127.0.0.1} stays as Java prints IPv4-mapped ones. */
    private static String compress(InetAddress a) {
        String full = a.getHostAddress().replaceAll("%.*$", "");
        String[] groups = full.split(":");
        StringBuilder sb = new StringBuilder();
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < groups.length; ) {
            if (!groups[i].equals("0")) {
                i++;
                continue;
            }
            int j = i;
            while (j < groups.length && groups[j].equals("0")) j++;
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) return full;
        for (int i = 0; i < bestStart; i++) sb.append(i > 0 ? ":" : "").append(groups[i]);
        sb.append("::");
        for (int i = bestStart + bestLen; i < groups.length; i++) sb.append(groups[i]).append(i < groups.length - 1 ? ":" : "");
        return sb.toString();
    }
}
