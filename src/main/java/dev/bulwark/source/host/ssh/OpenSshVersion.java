package dev.bulwark.source.host.ssh;

import dev.bulwark.source.host.HostContext;
import dev.bulwark.source.host.HostReadException;
import dev.bulwark.source.host.HostText;
import dev.bulwark.source.host.os.Distribution;
import dev.bulwark.source.host.os.Family;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The installed OpenSSH server's version, for its defaults: from the package database (dpkg's
 * status file, apk's installed file), else the {@code OpenSSH_x.y} string built into
 * {@code /usr/sbin/sshd} (how RPM systems are read: their database is not plain text), else the
 * version the distribution release ships.
 *
 * @param source how the version was found: {@code package}, {@code binary} or {@code assumed}
 */
record OpenSshVersion(int major, int minor, String source) implements Comparable<OpenSshVersion> {
    private static final Pattern DPKG = Pattern.compile("^Version:\\s*(?:\\d+:)?(\\d+)\\.(\\d+)");
    private static final Pattern APK = Pattern.compile("^V:(\\d+)\\.(\\d+)");
    private static final Pattern BINARY = Pattern.compile("OpenSSH_(\\d+)\\.(\\d+)");

    static OpenSshVersion detect(HostContext context) {
        return fromDpkg(context).or(() -> fromApk(context)).or(() -> fromBinary(context))
                .orElseGet(() -> assumed(context.distribution()));
    }

    boolean atLeast(int maj, int min) {
        return major > maj || (major == maj && minor >= min);
    }

    @Override
    public int compareTo(OpenSshVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }

    private static Optional<OpenSshVersion> fromDpkg(HostContext context) {
        Optional<HostText> status = context.read("/var/lib/dpkg/status");
        if (status.isEmpty()) return Optional.empty();
        boolean inPackage = false;
        for (String line : status.get().lines()) {
            if (line.startsWith("Package:")) inPackage = line.substring(8).strip().equals("openssh-server");
            if (inPackage) {
                Matcher m = DPKG.matcher(line);
                if (m.find()) return Optional.of(of(m, "package"));
            }
        }
        return Optional.empty();
    }

    private static Optional<OpenSshVersion> fromApk(HostContext context) {
        Optional<HostText> installed = context.read("/lib/apk/db/installed");
        if (installed.isEmpty()) return Optional.empty();
        boolean inPackage = false;
        for (String line : installed.get().lines()) {
            if (line.startsWith("P:")) inPackage = line.substring(2).strip().equals("openssh-server");
            if (inPackage) {
                Matcher m = APK.matcher(line);
                if (m.find()) return Optional.of(of(m, "package"));
            }
        }
        return Optional.empty();
    }

    private static Optional<OpenSshVersion> fromBinary(HostContext context) {
        try {
            Optional<byte[]> sshd = context.root().bytes("/usr/sbin/sshd");
            if (sshd.isEmpty()) return Optional.empty();
            Matcher m = BINARY.matcher(new String(sshd.get(), StandardCharsets.ISO_8859_1));
            return m.find() ? Optional.of(of(m, "binary")) : Optional.empty();
        } catch (HostReadException e) {
            context.problem(e);
            return Optional.empty();
        }
    }

    /** What each release ships (Debian 11 8.4, 12 9.2; Ubuntu 20.04 8.2, 22.04 8.9, 24.04 9.6; RHEL 8 8.0, 9 8.7; Alpine 3.19+ 9.6). */
    static OpenSshVersion assumed(Distribution d) {
        String key = d.id() + " " + d.majorVersion();
        int[] v = switch (key) {
            case "debian 11" -> new int[] {8, 4};
            case "debian 12" -> new int[] {9, 2};
            case "ubuntu 20" -> new int[] {8, 2};
            case "ubuntu 22" -> new int[] {8, 9};
            case "ubuntu 24" -> new int[] {9, 6};
            default -> d.family() == Family.RHEL && d.majorVersion() == 8 ? new int[] {8, 0}
                    : d.family() == Family.RHEL && d.majorVersion() == 9 ? new int[] {8, 7}
                    : new int[] {9, 6};
        };
        return new OpenSshVersion(v[0], v[1], "assumed");
    }

    private static OpenSshVersion of(Matcher m, String source) {
        return new OpenSshVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), source);
    }
}
