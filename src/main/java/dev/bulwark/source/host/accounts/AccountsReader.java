package dev.bulwark.source.host.accounts;

import dev.bulwark.source.host.conf.ConfigProblem;
import dev.bulwark.source.host.conf.FileLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Joins {@code /etc/passwd} (seven colon-separated fields) with {@code /etc/shadow} (the hash is its second field). */
public final class AccountsReader {
    public static final String PASSWD = "/etc/passwd";
    public static final String SHADOW = "/etc/shadow";

    private final List<ConfigProblem> problems = new ArrayList<>();

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    /** @param shadow the text of /etc/shadow, or null when it is absent or unreadable */
    public List<Account> read(String passwd, String shadow) {
        Map<String, String[]> hashes = new HashMap<>();
        if (shadow != null) {
            String[] lines = shadow.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i];
                if (l.isBlank() || l.startsWith("#")) continue;
                String[] f = l.split(":", -1);
                if (f.length < 2) {
                    problems.add(new ConfigProblem(SHADOW, i + 1, "line has no password field"));
                    continue;
                }
                hashes.putIfAbsent(f[0], new String[]{f[1], Integer.toString(i + 1)});
            }
        }
        List<Account> out = new ArrayList<>();
        String[] lines = passwd.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            // NIS compat lines (+, -) name no local account.
            if (l.isBlank() || l.startsWith("#") || l.startsWith("+") || l.startsWith("-")) continue;
            String[] f = l.split(":", -1);
            if (f.length != 7) {
                problems.add(new ConfigProblem(PASSWD, i + 1, "expected 7 colon-separated fields, found " + f.length));
                continue;
            }
            long uid;
            long gid;
            try {
                uid = Long.parseLong(f[2]);
                gid = Long.parseLong(f[3]);
            } catch (NumberFormatException e) {
                problems.add(new ConfigProblem(PASSWD, i + 1, "user or group id is not a number"));
                continue;
            }
            String[] shadowLine = hashes.get(f[0]);
            out.add(new Account(f[0], uid, gid, f[5], f[6], f[1], new FileLine(PASSWD, i + 1),
                    shadowLine == null ? null : shadowLine[0],
                    shadowLine == null ? null : new FileLine(SHADOW, Integer.parseInt(shadowLine[1]))));
        }
        return out;
    }
}
