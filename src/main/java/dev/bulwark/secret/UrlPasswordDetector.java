package dev.bulwark.secret;

import java.util.List;
import java.util.function.Consumer;

/**
 * Passwords in a URL's user information (RFC 3986 section 3.2.1, {@code scheme://user:password@host}),
 * as in database, broker and repository URLs. The scheme is letters, digits, {@code +.-} starting
 * with a letter; the user information runs to the first {@code @} before any {@code /?#}, quote,
 * space or bracket; the host after it starts with a letter, digit or {@code [}. Not reported: an
 * empty password, a placeholder ({@code changeme}, {@code <password>}, {@code xxxx}, {@code password}),
 * and an interpolation or variable ({@code ${DB_PASSWORD}}, {@code {{ .Values.password }}},
 * {@code $(PASS)}, {@code %s}).
 */
final class UrlPasswordDetector implements Detector {
    private static final int MAX_USERINFO = 256;

    @Override
    public List<String> anchors() {
        return List.of("://");
    }

    @Override
    public void verify(CharSequence text, String anchor, int at, Consumer<Candidate> out) {
        int scheme = at;
        while (scheme > 0 && at - scheme < 32 && schemeChar(text.charAt(scheme - 1))) scheme--;
        if (scheme == at || !Character.isLetter(text.charAt(scheme))) return;
        int from = at + 3;
        int i = from;
        int colon = -1;
        int limit = Math.min(text.length(), from + MAX_USERINFO);
        while (i < limit) {
            char c = text.charAt(i);
            if (c == '@') break;
            if (c == ':' && colon < 0) colon = i;
            if (c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' || c == '`' || c == '<' || c == '>' || c == '\\'
                    || Character.isWhitespace(c)) return;
            i++;
        }
        if (i >= limit || colon < 0) return;
        char host = Chars.at(text, i + 1);
        if (!(Chars.alnum(host) || host == '[')) return;
        String password = text.subSequence(colon + 1, i).toString();
        if (password.isEmpty() || notAPassword(password)) return;
        String user = text.subSequence(from, colon).toString();
        String what = "password in a " + text.subSequence(scheme, at) + " URL" + (user.isEmpty() ? "" : " for user " + safeUser(user));
        out.accept(Candidate.of(SecretFamily.URL_PASSWORD, colon + 1, i, password, what));
    }

    private static boolean schemeChar(char c) {
        return Chars.alnum(c) || c == '+' || c == '.' || c == '-';
    }

    private static boolean notAPassword(String p) {
        char first = p.charAt(0);
        return first == '$' || first == '%' || first == '{' || first == '<' || p.contains("${") || p.contains("{{")
                || Placeholders.placeholder(p) || SecretJudge.reference(p);
    }

    /** The user name is not secret, but keep odd characters and length out of the description. */
    private static String safeUser(String user) {
        String clean = user.length() > 40 ? user.substring(0, 40) + "…" : user;
        return clean.replaceAll("[^A-Za-z0-9._%+-]", "?");
    }
}
