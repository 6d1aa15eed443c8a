package dev.bulwark.source.host.services;

import dev.bulwark.source.host.conf.ConfigFiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services enabled at boot, from the files that enable them (what {@code systemctl enable} and
 * {@code rc-update add} write): links in {@code /etc/systemd/system/*.wants} and {@code *.requires},
 * unless the unit is masked (linked to /dev/null in /etc/systemd/system), and OpenRC's
 * {@code /etc/runlevels/RUNLEVEL/NAME}.
 */
public final class EnabledUnitsReader {
    private static final String SYSTEMD = "/etc/systemd/system";
    private static final List<String> UNIT_DIRS = List.of("/etc/systemd/system", "/run/systemd/system", "/usr/local/lib/systemd/system",
            "/usr/lib/systemd/system", "/lib/systemd/system");
    private static final String RUNLEVELS = "/etc/runlevels";

    private EnabledUnitsReader() {
    }

    public static List<EnabledUnit> read(ConfigFiles files) {
        Map<String, EnabledUnit> out = new LinkedHashMap<>();
        for (String dir : files.list(SYSTEMD)) {
            if (!dir.endsWith(".wants") && !dir.endsWith(".requires")) continue;
            String target = dir.substring(0, dir.lastIndexOf('.'));
            for (String unit : files.list(SYSTEMD + "/" + dir)) {
                String link = SYSTEMD + "/" + dir + "/" + unit;
                if (masked(files, unit)) continue;
                out.putIfAbsent(unit, new EnabledUnit(unit, target, link, unitFile(files, link, unit)));
            }
        }
        for (String runlevel : files.list(RUNLEVELS)) {
            for (String service : files.list(RUNLEVELS + "/" + runlevel)) {
                String link = RUNLEVELS + "/" + runlevel + "/" + service;
                String target = files.linkTarget(link).orElse(null);
                out.putIfAbsent(service, new EnabledUnit(service, runlevel, link, target != null && files.exists(target) ? target : null));
            }
        }
        return List.copyOf(out.values());
    }

    private static boolean masked(ConfigFiles files, String unit) {
        return files.linkTarget(SYSTEMD + "/" + unit).map(t -> t.equals("/dev/null")).orElse(false);
    }

    /** Where the link leads, or failing that the unit file of that name in systemd's search path. */
    private static String unitFile(ConfigFiles files, String link, String unit) {
        Optional<String> target = files.linkTarget(link);
        if (target.isPresent()) {
            String t = target.get().startsWith("/") ? target.get() : link.substring(0, link.lastIndexOf('/')) + "/" + target.get();
            if (files.exists(t)) return t;
        }
        // An instance (getty@tty1.service) is served by its template (getty@.service).
        String template = unit.contains("@") ? unit.substring(0, unit.indexOf('@') + 1) + unit.substring(unit.lastIndexOf('.')) : unit;
        for (String dir : UNIT_DIRS) {
            if (files.exists(dir + "/" + unit)) return dir + "/" + unit;
            if (files.exists(dir + "/" + template)) return dir + "/" + template;
        }
        return null;
    }
}
