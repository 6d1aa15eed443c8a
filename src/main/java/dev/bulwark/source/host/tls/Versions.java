package dev.bulwark.source.host.tls;

/** Compares dotted package versions by their leading numbers: 1.22.1-9+deb12u1 against 1.23.4. */
final class Versions {
    private Versions() {
    }

    static boolean atLeast(String version, String floor) {
        int[] v = numbers(version);
        int[] f = numbers(floor);
        for (int i = 0; i < Math.max(v.length, f.length); i++) {
            int a = i < v.length ? v[i] : 0;
            int b = i < f.length ? f[i] : 0;
            if (a != b) return a > b;
        }
        return true;
    }

    private static int[] numbers(String version) {
        String v = version.contains(":") ? version.substring(version.indexOf(':') + 1) : version;
        String[] parts = v.split("[^0-9.]", 2)[0].split("\\.");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = parts[i].isEmpty() ? 0 : Integer.parseInt(parts[i].length() > 9 ? parts[i].substring(0, 9) : parts[i]);
        }
        return out;
    }
}
