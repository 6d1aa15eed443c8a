package dev.bulwark.source.host.logging;

import dev.bulwark.source.host.conf.ConfigFiles;
import dev.bulwark.source.host.conf.ConfigProblem;
import dev.bulwark.source.host.conf.FileLine;
import dev.bulwark.source.host.conf.IniFile;
import dev.bulwark.source.host.conf.SystemdConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The time servers configured for chrony ({@code server}, {@code pool}, {@code peer} lines of chrony.conf and of
 * the {@code confdir}/{@code sourcedir}/{@code include} files), ntpd (ntp.conf, ntpsec) and systemd-timesyncd
 * ({@code NTP=} of timesyncd.conf and its drop-ins).
 */
public final class TimeSourcesReader {
    private static final List<String> CHRONY = List.of("/etc/chrony/chrony.conf", "/etc/chrony.conf");
    private static final List<String> NTP = List.of("/etc/ntp.conf", "/etc/ntpsec/ntp.conf", "/etc/openntpd/ntpd.conf", "/etc/ntpd.conf");

    private final ConfigFiles files;
    private final List<ConfigProblem> problems = new ArrayList<>();

    public TimeSourcesReader(ConfigFiles files) {
        this.files = files;
    }

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    public List<TimeSource> read() {
        List<TimeSource> out = new ArrayList<>();
        for (String path : CHRONY) chrony(path, out, 0);
        for (String path : NTP) {
            Optional<String> text = files.read(path);
            if (text.isPresent()) serverLines("ntpd", path, text.get(), out, List.of("server", "pool", "peer", "servers"));
        }
        Optional<IniFile> timesyncd = SystemdConfig.read(files, "timesyncd");
        if (timesyncd.isPresent()) {
            problems.addAll(timesyncd.get().problems());
            timesyncd.get().get("Time", "NTP").ifPresent(s -> {
                for (String server : s.value().split("\\s+")) if (!server.isBlank()) out.add(new TimeSource("timesyncd", server, s.at()));
            });
        }
        return out;
    }

    private void chrony(String path, List<TimeSource> out, int depth) {
        if (depth > 4) return;
        Optional<String> text = files.read(path);
        if (text.isEmpty()) return;
        serverLines("chrony", path, text.get(), out, List.of("server", "pool", "peer"));
        for (String line : text.get().split("\r?\n")) {
            String[] w = line.strip().split("\\s+");
            if (w.length < 2) continue;
            switch (w[0]) {
                case "include" -> {
                    for (String p : files.glob(w[1])) chrony(p, out, depth + 1);
                }
                case "confdir" -> {
                    for (int i = 1; i < w.length; i++) for (String p : files.glob(w[i] + "/*.conf")) chrony(p, out, depth + 1);
                }
                case "sourcedir" -> {
                    for (int i = 1; i < w.length; i++) for (String p : files.glob(w[i] + "/*.sources")) chrony(p, out, depth + 1);
                }
                default -> {
                }
            }
        }
    }

    private static void serverLines(String daemon, String file, String text, List<TimeSource> out, List<String> keywords) {
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("!")) continue;
            String[] w = l.split("\\s+");
            if (w.length >= 2 && keywords.contains(w[0])) out.add(new TimeSource(daemon, w[1], new FileLine(file, i + 1)));
        }
    }
}
