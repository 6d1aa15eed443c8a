package dev.bulwark.source.host.accounts;

import dev.bulwark.source.host.conf.ConfigFiles;
import dev.bulwark.source.host.conf.ConfigProblem;
import dev.bulwark.source.host.conf.FileLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the password hashing scheme from {@code /etc/login.defs} (ENCRYPT_METHOD; without it shadow-utils
 * falls back to DES) and from the {@code password} lines of pam_unix in the PAM stack that changes
 * passwords: {@code common-password} on Debian, {@code system-auth} and {@code password-auth} on the RHEL
 * family ({@code @include}, {@code include} and {@code substack} followed).
 */
public final class PasswordHashingReader {
    public static final String LOGIN_DEFS = "/etc/login.defs";
    private static final List<String> PAM_STACKS = List.of("/etc/pam.d/common-password", "/etc/pam.d/system-auth", "/etc/pam.d/password-auth",
            "/etc/pam.d/base-password");
    private final ConfigFiles files;
    private final List<ConfigProblem> problems = new ArrayList<>();

    public PasswordHashingReader(ConfigFiles files) {
        this.files = files;
    }

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    /** login.defs's setting; empty when there is no login.defs. */
    public Optional<PasswordHashing> loginDefs() {
        Optional<String> text = files.read(LOGIN_DEFS);
        if (text.isEmpty()) return Optional.empty();
        String[] lines = text.get().split("\r?\n");
        PasswordHashing found = null;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            String[] kv = l.split("\\s+", 2);
            if (!kv[0].equals("ENCRYPT_METHOD")) continue;
            String value = kv.length > 1 ? kv[1].strip().replace("\"", "") : "";
            Optional<HashMethod> m = HashMethod.ofLoginDefs(value);
            if (m.isEmpty()) problems.add(new ConfigProblem(LOGIN_DEFS, i + 1, "unknown ENCRYPT_METHOD " + value));
            // The last value wins: shadow-utils reads the file into a table, later lines replacing earlier ones.
            found = new PasswordHashing("login.defs", m.orElse(null), new FileLine(LOGIN_DEFS, i + 1), "ENCRYPT_METHOD " + value);
        }
        return Optional.of(found != null ? found
                : new PasswordHashing("login.defs", HashMethod.DES, null, "no ENCRYPT_METHOD: shadow-utils falls back to DES"));
    }

    /** One entry per PAM stack file that exists and runs pam_unix for passwords. */
    public List<PasswordHashing> pam() {
        List<PasswordHashing> out = new ArrayList<>();
        for (String stack : PAM_STACKS) {
            Optional<String> text = files.read(stack);
            if (text.isEmpty()) continue;
            pamUnix(stack, text.get(), 0).ifPresent(out::add);
        }
        return out;
    }

    private Optional<PasswordHashing> pamUnix(String file, String text, int depth) {
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            if (l.startsWith("@include")) {
                Optional<PasswordHashing> inc = included(l.substring("@include".length()).strip(), depth);
                if (inc.isPresent()) return inc;
                continue;
            }
            List<String> words = words(l);
            if (words.size() < 3 || !words.get(0).replace("-", "").equals("password")) continue;
            String control = words.get(1);
            if (control.equals("include") || control.equals("substack")) {
                Optional<PasswordHashing> inc = included(words.get(2), depth);
                if (inc.isPresent()) return inc;
                continue;
            }
            int module = control.startsWith("[") ? indexAfterBracket(words) : 2;
            if (module >= words.size() || !words.get(module).endsWith("pam_unix.so")) continue;
            List<String> options = words.subList(module + 1, words.size());
            HashMethod method = null;
            String option = null;
            for (String o : options) {
                Optional<HashMethod> m = HashMethod.ofPamOption(o);
                if (m.isPresent()) {
                    method = m.get();
                    option = o;
                }
            }
            FileLine at = new FileLine(file, i + 1);
            return Optional.of(option != null ? new PasswordHashing("pam_unix", method, at, "pam_unix.so " + option)
                    : new PasswordHashing("pam_unix", null, at, "pam_unix.so without a hash option: login.defs ENCRYPT_METHOD decides"));
        }
        return Optional.empty();
    }

    private Optional<PasswordHashing> included(String name, int depth) {
        if (depth > 8) return Optional.empty();
        String path = name.startsWith("/") ? name : "/etc/pam.d/" + name;
        Optional<String> text = files.read(path);
        return text.isEmpty() ? Optional.empty() : pamUnix(path, text.get(), depth + 1);
    }

    /** The index of the word after a bracketed control such as {@code [success=1 default=ignore]}. */
    private static int indexAfterBracket(List<String> words) {
        for (int i = 1; i < words.size(); i++) if (words.get(i).endsWith("]")) return i + 1;
        return words.size();
    }

    private static List<String> words(String line) {
        return List.of(line.split("\\s+"));
    }
}
