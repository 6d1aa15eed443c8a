package dev.bulwark.source.host.updates;

import dev.bulwark.source.host.conf.ConfigFiles;

import java.util.List;
import java.util.Optional;

/**
 * When packages were last installed or upgraded, from the modification time of the package database
 * (dpkg's status, the RPM database in /var/lib/rpm or /usr/lib/sysimage/rpm, apk's installed), and when apt last
 * refreshed its package lists.
 */
public final class PackageDatabaseAge {
    private static final List<String> DATABASES = List.of("/var/lib/dpkg/status", "/var/lib/rpm/rpmdb.sqlite", "/var/lib/rpm/Packages",
            "/usr/lib/sysimage/rpm/rpmdb.sqlite", "/usr/lib/sysimage/rpm/Packages", "/lib/apk/db/installed");
    private static final String APT_LISTS = "/var/lib/apt/lists";
    private static final String APT_UPDATE_STAMP = "/var/lib/apt/periodic/update-success-stamp";

    /** A database file and when it last changed (epoch milliseconds). */
    public record Stamp(String path, long modified) {
    }

    private PackageDatabaseAge() {
    }

    public static Optional<Stamp> database(ConfigFiles files) {
        for (String path : DATABASES) {
            Optional<Long> m = files.modified(path);
            if (m.isPresent()) return Optional.of(new Stamp(path, m.get()));
        }
        return Optional.empty();
    }

    /** The newest of apt's update stamp and its downloaded Release files; empty when apt has none. */
    public static Optional<Stamp> aptLists(ConfigFiles files) {
        Stamp newest = files.modified(APT_UPDATE_STAMP).map(m -> new Stamp(APT_UPDATE_STAMP, m)).orElse(null);
        for (String name : files.list(APT_LISTS)) {
            if (!name.endsWith("Release")) continue;
            Optional<Long> m = files.modified(APT_LISTS + "/" + name);
            if (m.isPresent() && (newest == null || m.get() > newest.modified())) newest = new Stamp(APT_LISTS + "/" + name, m.get());
        }
        return Optional.ofNullable(newest);
    }
}
