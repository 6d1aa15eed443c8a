package dev.bulwark.source.terraform.modules;

import java.time.Duration;

/**
 * Bounds on what one module download may take, so that a hostile or broken source cannot fill the
 * disk or hang the scan: the size of what is downloaded, the size and number of files it unpacks
 * to, and how long a request may wait.
 */
public record Limits(long maxDownloadBytes, long maxUnpackedBytes, int maxEntries, Duration timeout) {
    public static final Limits DEFAULT = new Limits(100L << 20, 500L << 20, 20_000, Duration.ofSeconds(60));

    static String describe(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) return (bytes >> 20) + " MiB";
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) return (bytes >> 10) + " KiB";
        return bytes + " bytes";
    }
}
