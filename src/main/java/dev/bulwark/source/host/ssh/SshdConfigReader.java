package dev.bulwark.source.host.ssh;

import dev.bulwark.source.host.HostContext;
import dev.bulwark.source.host.HostText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an sshd configuration as sshd does: one directive per line (keyword, then arguments separated
 * by spaces or one {@code =}, double quotes group an argument, {@code #} starts a comment),
 * {@code Include} expanded in place (each argument a glob, relative to {@code /etc/ssh} unless absolute,
 * matches in lexical order; a Match block begun in an included file ends with that file), and
 * {@code Match} starting a block that lasts to the next Match. Syntax errors are error diagnostics
 * with file and line; the line is skipped and the rest read.
 */
final class SshdConfigReader {
    private static final int MAX_INCLUDE_DEPTH = 16;
    private static final List<String> CRITERIA = List.of("all", "user", "group", "host", "localaddress", "localport", "address", "rdomain");

    private final HostContext context;
    private final List<SshdLine> lines = new ArrayList<>();

    private SshdConfigReader(HostContext context) {
        this.context = context;
    }

    /** The directives of {@code path} and its includes in order, or empty when the file is absent or unreadable. */
    static Optional<List<SshdLine>> read(HostContext context, String path) {
        Optional<HostText> text = context.read(path);
        if (text.isEmpty()) return Optional.empty();
        SshdConfigReader r = new SshdConfigReader(context);
        r.file(text.get(), null, 0);
        return Optional.of(r.lines);
    }

    private void file(HostText text, MatchBlock enclosing, int depth) {
        MatchBlock match = enclosing;
        for (int n = 1; n <= text.lines().size(); n++) {
            List<String> words;
            try {
                words = words(text.line(n));
            } catch (IllegalArgumentException e) {
                context.error(text.at(n), e.getMessage());
                continue;
            }
            if (words.isEmpty()) continue;
            String keyword = words.get(0).toLowerCase(Locale.ROOT);
            List<String> args = words.subList(1, words.size());
            if (keyword.equals("match")) {
                MatchBlock m = match(args, text, n);
                if (m != null) match = m;
                continue;
            }
            if (args.isEmpty()) {
                context.error(text.at(n), words.get(0) + " has no value (sshd refuses to start)");
                continue;
            }
            if (keyword.equals("include")) {
                include(args, text, n, match, depth);
                continue;
            }
            if (match != null && !SshdKeywords.allowedInMatch(keyword)) {
                context.error(text.at(n), words.get(0) + " is not allowed inside a Match block (sshd refuses to start)");
                continue;
            }
            lines.add(new SshdLine(keyword, args, text.at(n), match));
        }
    }

    private void include(List<String> args, HostText text, int n, MatchBlock match, int depth) {
        if (depth >= MAX_INCLUDE_DEPTH) {
            context.error(text.at(n), "Include nested more than " + MAX_INCLUDE_DEPTH + " deep (sshd refuses to start)");
            return;
        }
        for (String pattern : args) {
            String absolute = pattern.startsWith("/") ? pattern : "/etc/ssh/" + pattern;
            for (String path : context.glob(absolute)) {
                if (context.root().isDirectory(path)) continue;
                context.read(path).ifPresent(included -> file(included, match, depth + 1));
            }
        }
    }

    private MatchBlock match(List<String> args, HostText text, int n) {
        List<MatchBlock.Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String c = args.get(i).toLowerCase(Locale.ROOT);
            if (!CRITERIA.contains(c)) {
                context.error(text.at(n), "Match: unsupported criterion " + args.get(i) + " (sshd refuses to start)");
                return null;
            }
            if (c.equals("all")) {
                criteria.add(new MatchBlock.Criterion("all", ""));
                continue;
            }
            if (i + 1 >= args.size()) {
                context.error(text.at(n), "Match: " + args.get(i) + " has no pattern (sshd refuses to start)");
                return null;
            }
            criteria.add(new MatchBlock.Criterion(c, args.get(++i)));
        }
        if (criteria.isEmpty()) {
            context.error(text.at(n), "Match has no criteria (sshd refuses to start)");
            return null;
        }
        if (criteria.stream().anyMatch(c -> c.keyword().equals("all")) && criteria.size() > 1) {
            context.error(text.at(n), "Match: All may not be combined with other criteria (sshd refuses to start)");
            return null;
        }
        return new MatchBlock(criteria, String.join(" ", args), text.at(n));
    }

    /** The words of a line: the first separated by spaces or one '=', double-quoted words kept whole, '#' starting a comment. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int len = line.length();
        boolean first = true;
        while (i < len) {
            char ch = line.charAt(i);
            if (Character.isWhitespace(ch) || (ch == '=' && out.size() == 1 && !first)) {
                i++;
                continue;
            }
            if (ch == '#') break;
            StringBuilder w = new StringBuilder();
            if (ch == '"') {
                int close = line.indexOf('"', i + 1);
                if (close < 0) throw new IllegalArgumentException("unterminated quote (sshd refuses to start)");
                w.append(line, i + 1, close);
                i = close + 1;
            } else {
                while (i < len && !Character.isWhitespace(line.charAt(i)) && !(out.isEmpty() && line.charAt(i) == '=')) {
                    w.append(line.charAt(i++));
                }
            }
            out.add(w.toString());
            first = false;
        }
        return out;
    }
}
