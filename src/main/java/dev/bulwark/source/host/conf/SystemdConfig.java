package dev.bulwark.source.host.conf;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A systemd daemon's configuration as systemd computes it: {@code /etc/systemd/NAME.conf}, then the
 * drop-ins {@code NAME.conf.d/*.conf} of /usr/lib, /usr/local/lib, /run and /etc sorted by file name,
 * a drop-in in a later directory replacing one of the same name in an earlier one.
 */
public final class SystemdConfig {
    private static final List<String> DROP_IN_DIRS = List.of("/usr/lib/systemd/", "/lib/systemd/", "/usr/local/lib/systemd/", "/run/systemd/", "/etc/systemd/");

    private SystemdConfig() {
    }

    /** Empty when neither the main file nor any drop-in exists. */
    public static Optional<IniFile> read(ConfigFiles files, String name) {
        IniFile ini = new IniFile();
        boolean any = false;
        Optional<String> main = files.read("/etc/systemd/" + name + ".conf");
        if (main.isPresent()) {
            ini.add("/etc/systemd/" + name + ".conf", main.get());
            any = true;
        }
        TreeMap<String, String> dropIns = new TreeMap<>();
        for (String dir : DROP_IN_DIRS) {
            String d = dir + name + ".conf.d";
            for (String entry : files.list(d)) if (entry.endsWith(".conf")) dropIns.put(entry, d + "/" + entry);
        }
        for (String path : dropIns.values()) {
            Optional<String> text = files.read(path);
            if (text.isPresent()) {
                ini.add(path, text.get());
                any = true;
            }
        }
        return any ? Optional.of(ini) : Optional.empty();
    }
}
