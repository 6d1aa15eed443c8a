package dev.bulwark.source.host.updates;

import dev.bulwark.source.host.conf.ConfigFiles;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Installed package names and versions from the package databases that are text: dpkg's
 * {@code /var/lib/dpkg/status} (stanzas whose Status ends in "installed") and apk's
 * {@code /lib/apk/db/installed} ({@code P:} name, {@code V:} version). The RPM database is binary
 * (Berkeley DB or SQLite) and is not read: there the answer is "not known".
 */
public final class InstalledPackages {
    public static final String DPKG_STATUS = "/var/lib/dpkg/status";
    public static final String APK_INSTALLED = "/lib/apk/db/installed";

    private final Map<String, String> versions;
    private final boolean known;

    private InstalledPackages(Map<String, String> versions, boolean known) {
        this.versions = Map.copyOf(versions);
        this.known = known;
    }

    public static InstalledPackages read(ConfigFiles files) {
        Optional<String> dpkg = files.read(DPKG_STATUS);
        if (dpkg.isPresent()) return new InstalledPackages(dpkg(dpkg.get()), true);
        Optional<String> apk = files.read(APK_INSTALLED);
        if (apk.isPresent()) return new InstalledPackages(apk(apk.get()), true);
        return new InstalledPackages(Map.of(), false);
    }

    /** True when a text package database was read, so an absent package is known to be absent. */
    public boolean known() {
        return known;
    }

    public Optional<String> version(String name) {
        return Optional.ofNullable(versions.get(name));
    }

    public boolean installed(String name) {
        return versions.containsKey(name);
    }

    static Map<String, String> dpkg(String text) {
        Map<String, String> out = new HashMap<>();
        for (String stanza : text.split("\n\\s*\n")) {
            String name = null;
            String version = null;
            boolean installed = false;
            for (String line : stanza.split("\n")) {
                if (line.startsWith("Package: ")) name = line.substring(9).strip();
                else if (line.startsWith("Version: ")) version = line.substring(9).strip();
                else if (line.startsWith("Status: ")) installed = line.strip().endsWith(" installed");
            }
            if (name != null && installed) out.put(name, version == null ? "" : version);
        }
        return out;
    }

    static Map<String, String> apk(String text) {
        Map<String, String> out = new HashMap<>();
        String name = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("P:")) name = line.substring(2).strip();
            else if (line.startsWith("V:") && name != null) out.put(name, line.substring(2).strip());
            else if (line.isBlank()) name = null;
        }
        return out;
    }
}
