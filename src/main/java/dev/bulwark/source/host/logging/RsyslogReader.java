package dev.bulwark.source.host.logging;

import dev.bulwark.source.host.conf.ConfigFiles;
import dev.bulwark.source.host.conf.ConfigProblem;
import dev.bulwark.source.host.conf.FileLine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds rsyslog's forwarding to a remote collector in {@code /etc/rsyslog.conf} and the files it includes
 * ({@code $IncludeConfig} and {@code include(file=...)}, globs allowed): legacy actions {@code @host} (UDP)
 * and {@code @@host} (TCP) after a selector, and {@code action(type="omfwd" target=...)} or
 * {@code type="omrelp"}.
 */
public final class RsyslogReader {
    public static final String MAIN = "/etc/rsyslog.conf";
    private static final Pattern LEGACY = Pattern.compile("^[^\\s#$]\\S*\\s+(?:-)?(@@?)(\\(o[^)]*\\))?([^\\s;]+)");
    private static final Pattern ACTION = Pattern.compile("action\\s*\\(([^)]*)\\)", Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile("type\\s*=\\s*\"(omfwd|omrelp)\"");
    private static final Pattern TARGET = Pattern.compile("target\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern INCLUDE_OLD = Pattern.compile("^\\$IncludeConfig\\s+(\\S+)");
    private static final Pattern INCLUDE_NEW = Pattern.compile("include\\s*\\(\\s*file\\s*=\\s*\"([^\"]+)\"");

    private final ConfigFiles files;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final Deque<String> including = new ArrayDeque<>();

    public RsyslogReader(ConfigFiles files) {
        this.files = files;
    }

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    /** Empty when rsyslog is not configured. */
    public Optional<List<RemoteLogTarget>> read() {
        Optional<String> text = files.read(MAIN);
        if (text.isEmpty()) return Optional.empty();
        List<RemoteLogTarget> out = new ArrayList<>();
        readFile(MAIN, text.get(), out);
        return Optional.of(out);
    }

    private void readFile(String file, String text, List<RemoteLogTarget> out) {
        including.push(file);
        try {
            String[] lines = text.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                FileLine at = new FileLine(file, i + 1);
                Matcher inc = INCLUDE_OLD.matcher(l);
                Matcher incNew = INCLUDE_NEW.matcher(l);
                if (inc.find()) {
                    include(inc.group(1), at, out);
                    continue;
                }
                if (incNew.find()) {
                    include(incNew.group(1), at, out);
                    continue;
                }
                Matcher legacy = LEGACY.matcher(l);
                if (legacy.find()) {
                    out.add(new RemoteLogTarget("rsyslog", legacy.group(1) + legacy.group(3), at));
                    continue;
                }
                if (l.contains("action")) {
                    // An action(...) may span lines: read on until its closing parenthesis.
                    StringBuilder block = new StringBuilder(l);
                    int j = i;
                    while (!block.toString().contains(")") && j + 1 < lines.length) block.append(' ').append(lines[++j].strip());
                    Matcher action = ACTION.matcher(block);
                    while (action.find()) {
                        Matcher type = TYPE.matcher(action.group(1));
                        if (!type.find()) continue;
                        Matcher target = TARGET.matcher(action.group(1));
                        out.add(new RemoteLogTarget("rsyslog " + type.group(1), target.find() ? target.group(1) : "", at));
                    }
                    i = j;
                }
            }
        } finally {
            including.pop();
        }
    }

    private void include(String pattern, FileLine at, List<RemoteLogTarget> out) {
        List<String> matches = ConfigFiles.hasGlob(pattern) ? files.glob(pattern) : List.of(pattern);
        for (String path : matches) {
            if (including.contains(path) || including.size() > 8) {
                problems.add(new ConfigProblem(at.file(), at.line(), "include of " + path + " loops back to a file that includes it"));
                continue;
            }
            Optional<String> text = files.read(path);
            if (text.isPresent()) readFile(path, text.get(), out);
        }
    }
}
