package dev.bulwark.source.host.accounts;

import dev.bulwark.source.host.conf.ConfigFiles;
import dev.bulwark.source.host.conf.ConfigProblem;
import dev.bulwark.source.host.conf.FileLine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sudoers user specifications that grant {@code NOPASSWD: ALL}, following {@code #include},
 * {@code @include}, {@code #includedir} and {@code @includedir} as sudo does: relative names under the
 * including file's directory, and in an included directory every file whose name neither ends in {@code ~}
 * nor contains a dot, in name order. User aliases are expanded.
 */
public final class SudoersReader {
    public static final String MAIN = "/etc/sudoers";
    private static final Pattern INCLUDE = Pattern.compile("^[#@](include|includedir)\\s+(\"[^\"]+\"|\\S+)\\s*$");
    private static final Pattern ALIAS = Pattern.compile("^User_Alias\\s+(.+)$");
    private static final Pattern TAG = Pattern.compile("\\b(NOPASSWD|PASSWD|NOEXEC|EXEC|SETENV|NOSETENV|LOG_INPUT|NOLOG_INPUT|LOG_OUTPUT|NOLOG_OUTPUT|MAIL|NOMAIL|FOLLOW|NOFOLLOW|INTERCEPT|NOINTERCEPT)\\s*:");
    private static final int MAX_DEPTH = 8;

    private final ConfigFiles files;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final Map<String, List<String>> userAliases = new HashMap<>();
    private final List<Spec> specs = new ArrayList<>();
    private final Deque<String> including = new ArrayDeque<>();
    private final List<String> read = new ArrayList<>();

    public SudoersReader(ConfigFiles files) {
        this.files = files;
    }

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    /** The files read, main file first. */
    public List<String> filesRead() {
        return List.copyOf(read);
    }

    /** The rules granting every command without a password; empty when there is no sudoers file. */
    public Optional<List<SudoRule>> read() {
        Optional<String> text = files.read(MAIN);
        if (text.isEmpty()) return Optional.empty();
        readFile(MAIN, text.get());
        List<SudoRule> out = new ArrayList<>();
        for (Spec s : specs) {
            List<String> users = new ArrayList<>();
            for (String u : s.users) users.addAll(expand(u, 0));
            List<String> many = users.stream().filter(u -> u.equals("ALL") || u.startsWith("%")).toList();
            out.add(new SudoRule(users, many, s.text, s.at));
        }
        return Optional.of(out);
    }

    private List<String> expand(String user, int depth) {
        String name = user.startsWith("!") ? user.substring(1) : user;
        List<String> members = userAliases.get(name);
        if (members == null || depth > 8 || user.startsWith("!")) return List.of(user);
        List<String> out = new ArrayList<>();
        for (String m : members) out.addAll(expand(m, depth + 1));
        return out;
    }

    private void readFile(String file, String text) {
        read.add(file);
        including.push(file);
        try {
            String[] raw = text.split("\r?\n", -1);
            StringBuilder pending = new StringBuilder();
            int start = 0;
            for (int i = 0; i < raw.length; i++) {
                if (pending.length() == 0) start = i + 1;
                String l = raw[i];
                if (l.endsWith("\\")) {
                    pending.append(l, 0, l.length() - 1).append(' ');
                    continue;
                }
                pending.append(l);
                line(file, start, pending.toString().strip());
                pending.setLength(0);
            }
        } finally {
            including.pop();
        }
    }

    private void line(String file, int number, String l) {
        if (l.isEmpty()) return;
        Matcher inc = INCLUDE.matcher(l);
        if (inc.matches()) {
            include(file, number, inc.group(1).equals("includedir"), inc.group(2).replace("\"", ""));
            return;
        }
        if (l.startsWith("#")) return;
        int hash = l.indexOf('#');
        if (hash > 0) l = l.substring(0, hash).strip();
        if (l.startsWith("Defaults") || l.startsWith("Host_Alias") || l.startsWith("Runas_Alias") || l.startsWith("Cmnd_Alias") || l.startsWith("Cmd_Alias")) return;
        Matcher alias = ALIAS.matcher(l);
        if (alias.matches()) {
            // User_Alias A = x, y : B = z
            for (String def : alias.group(1).split(":")) {
                String[] kv = def.split("=", 2);
                if (kv.length == 2) userAliases.put(kv[0].strip(), items(kv[1]));
            }
            return;
        }
        int eq = l.indexOf('=');
        if (eq < 0) {
            problems.add(new ConfigProblem(file, number, "not a sudoers user specification: " + l));
            return;
        }
        // user_list host_list = [(runas)] [TAGS:] commands [: host_list = ...]
        String head = l.substring(0, eq).strip();
        int space = lastSpace(head);
        if (space < 0) {
            problems.add(new ConfigProblem(file, number, "user specification without a host list: " + l));
            return;
        }
        List<String> users = items(head.substring(0, space));
        if (grantsAllWithoutPassword(l.substring(eq + 1))) specs.add(new Spec(users, l, new FileLine(file, number)));
    }

    /** True when, in one of the command groups after "=", NOPASSWD is in effect for the command ALL. */
    static boolean grantsAllWithoutPassword(String commands) {
        boolean nopasswd = false;
        String rest = commands.replaceAll("\\([^)]*\\)", " ");
        for (String command : rest.split(",")) {
            Matcher tag = TAG.matcher(command);
            int end = 0;
            while (tag.find()) {
                if (tag.group(1).equals("NOPASSWD")) nopasswd = true;
                if (tag.group(1).equals("PASSWD")) nopasswd = false;
                end = tag.end();
            }
            String cmd = command.substring(end).strip();
            if (nopasswd && cmd.equals("ALL")) return true;
        }
        return false;
    }

    private void include(String file, int number, boolean directory, String target) {
        String base = file.substring(0, file.lastIndexOf('/'));
        String path = target.startsWith("/") ? target : base + "/" + target;
        if (including.size() > MAX_DEPTH || including.contains(path)) {
            problems.add(new ConfigProblem(file, number, "include of " + path + " loops back to a file that includes it"));
            return;
        }
        List<String> targets = new ArrayList<>();
        if (directory) {
            for (String name : files.list(path)) if (!name.endsWith("~") && !name.contains(".")) targets.add(path + "/" + name);
        } else {
            targets.add(path);
        }
        for (String t : targets) {
            Optional<String> text = files.read(t);
            if (text.isPresent()) readFile(t, text.get());
            else if (!directory && !files.exists(t)) problems.add(new ConfigProblem(file, number, "included file " + t + " does not exist"));
        }
    }

    private static int lastSpace(String head) {
        for (int i = head.length() - 1; i >= 0; i--) if (Character.isWhitespace(head.charAt(i))) return i;
        return -1;
    }

    private static List<String> items(String list) {
        List<String> out = new ArrayList<>();
        for (String s : list.split(",")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    private record Spec(List<String> users, String text, FileLine at) {
    }
}
