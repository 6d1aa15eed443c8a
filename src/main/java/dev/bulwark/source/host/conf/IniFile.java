package dev.bulwark.source.host.conf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ini-style settings as systemd and dnf read them: {@code [Section]} headers, {@code key=value} lines,
 * {@code #} and {@code ;} comment lines; a later assignment of a key replaces an earlier one, also across
 * files read one after the other ({@link #add}).
 */
public final class IniFile {
    private final Map<String, IniSetting> settings = new LinkedHashMap<>();
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final List<String> files = new ArrayList<>();

    /** Reads one more file; its settings replace those read before. */
    public IniFile add(String file, String text) {
        files.add(file);
        String section = "";
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith(";")) continue;
            if (l.startsWith("[")) {
                if (!l.endsWith("]")) {
                    problems.add(new ConfigProblem(file, i + 1, "section header does not end with \"]\""));
                    continue;
                }
                section = l.substring(1, l.length() - 1).strip();
                continue;
            }
            int eq = l.indexOf('=');
            if (eq <= 0) {
                problems.add(new ConfigProblem(file, i + 1, "expected key=value, found \"" + l + "\""));
                continue;
            }
            String key = l.substring(0, eq).strip();
            String value = unquote(l.substring(eq + 1).strip());
            settings.remove(section + "\0" + key);
            settings.put(section + "\0" + key, new IniSetting(section, key, value, new FileLine(file, i + 1)));
        }
        return this;
    }

    public Optional<IniSetting> get(String section, String key) {
        return Optional.ofNullable(settings.get(section + "\0" + key));
    }

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    public List<String> files() {
        return List.copyOf(files);
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
