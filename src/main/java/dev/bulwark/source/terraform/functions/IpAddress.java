package dev.bulwark.source.terraform.functions;

import java.math.BigInteger;

/**
 * An IPv4 or IPv6 address as a number of {@code bits} (32 or 128), parsed and printed the way Go's
 * net package does, without ever touching DNS.
 */
record IpAddress(BigInteger value, int bits) {
    /** Parses dotted IPv4 (leading zeros read as decimal, as Terraform does) or IPv6; null when invalid. */
    static IpAddress parse(String s) {
        if (s.indexOf(':') >= 0) {
            BigInteger v6 = parseV6(s);
            return v6 == null ? null : new IpAddress(v6, 128);
        }
        Long v4 = parseV4(s);
        return v4 == null ? null : new IpAddress(BigInteger.valueOf(v4), 32);
    }

    private static Long parseV4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        long value = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                return null;
            }
            value = value << 8 | octet;
        }
        return value;
    }

    private static BigInteger parseV6(String s) {
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return null;
        }
        String head = doubleColon >= 0 ? s.substring(0, doubleColon) : s;
        String tail = doubleColon >= 0 ? s.substring(doubleColon + 2) : "";
        int[] headGroups = groups(head, doubleColon < 0);
        int[] tailGroups = doubleColon >= 0 ? groups(tail, true) : new int[0];
        if (headGroups == null || tailGroups == null) {
            return null;
        }
        int used = headGroups.length + tailGroups.length;
        if (doubleColon >= 0 ? used > 7 : used != 8) {
            return null;
        }
        int[] all = new int[8];
        System.arraycopy(headGroups, 0, all, 0, headGroups.length);
        System.arraycopy(tailGroups, 0, all, 8 - tailGroups.length, tailGroups.length);
        BigInteger value = BigInteger.ZERO;
        for (int g : all) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(g));
        }
        return value;
    }

    /** 16-bit groups of one side of "::"; an embedded IPv4 address may end the last side. */
    private static int[] groups(String part, boolean mayEndWithV4) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] pieces = part.split(":", -1);
        int extra = 0;
        Long v4 = null;
        String last = pieces[pieces.length - 1];
        if (mayEndWithV4 && last.indexOf('.') >= 0) {
            v4 = parseV4(last);
            if (v4 == null) {
                return null;
            }
            extra = 1;
        }
        int[] out = new int[pieces.length + extra];
        int n = v4 == null ? pieces.length : pieces.length - 1;
        for (int i = 0; i < n; i++) {
            String p = pieces[i];
            if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 0x80)) {
                return null;
            }
            out[i] = Integer.parseInt(p, 16);
        }
        if (v4 != null) {
            out[n] = (int) (v4 >>> 16);
            out[n + 1] = (int) (v4 & 0xffff);
        }
        return out;
    }

    /** Dotted IPv4, or RFC 5952 IPv6 (lowercase, longest zero run as "::"); IPv4-mapped IPv6 prints as IPv4 like Go. */
    @Override
    public String toString() {
        if (bits == 32) {
            return v4String(value.longValue());
        }
        if (value.shiftRight(32).equals(BigInteger.valueOf(0xffff))) {
            return v4String(value.longValue() & 0xffffffffL);
        }
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = value.shiftRight(16 * (7 - i)).intValue() & 0xffff;
        }
        int bestStart = -1;
        int bestLen = 1; // a single zero group is not shortened
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLen - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(g[i]));
        }
        return out.toString();
    }

    private static String v4String(long v) {
        return (v >>> 24 & 0xff) + "." + (v >>> 16 & 0xff) + "." + (v >>> 8 & 0xff) + "." + (v & 0xff);
    }
}
