package dev.bulwark.report;

import dev.bulwark.model.SecretLocation;
import dev.bulwark.model.SourceLocation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The source lines around a finding for the HTML report, with the finding's lines marked. Files are
 * found where the scan named them (relative to the working directory), else under the scan root;
 * one that is missing, unreadable, not UTF-8 or very large is skipped without a word. The last few
 * files read are kept, since findings come in file order.
 */
final class SourceExcerpt {
    static final int CONTEXT = 3;
    /** The most lines shown around one finding, so a finding on a whole long resource stays short. */
    static final int MAX_LINES = 16;
    static final long MAX_FILE_BYTES = 4L << 20;
    private static final int CACHED_FILES = 32;

    private final List<Path> bases;
    private final Map<String, List<SecretLocation>> secrets = new java.util.HashMap<>();
    private final Map<String, Optional<List<String>>> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<List<String>>> eldest) {
            return size() > CACHED_FILES;
        }
    };

    SourceExcerpt(Path workingDir, Path sourceRoot) {
        this(workingDir, sourceRoot, List.of());
    }

    /** @param secrets where the scanned files hold secrets: those lines are shown with the secret redacted */
    SourceExcerpt(Path workingDir, Path sourceRoot, List<SecretLocation> secrets) {
        this.bases = sourceRoot == null ? List.of(workingDir) : List.of(workingDir, sourceRoot);
        for (SecretLocation s : secrets) this.secrets.computeIfAbsent(s.at().file(), k -> new java.util.ArrayList<>()).add(s);
    }

    /** Writes {@code <pre class="src">} with the lines around {@code at}; nothing when there is nothing to show. */
    void write(SourceLocation at, Writer out) throws IOException {
        if (at == null || at.startLine() <= 0) return;
        Optional<List<String>> lines = cache.computeIfAbsent(at.file(), this::read);
        if (lines.isEmpty() || at.startLine() > lines.get().size()) return;
        List<String> text = lines.get();
        int end = Math.max(at.startLine(), Math.min(at.endLine(), at.startLine() + MAX_LINES - 2 * CONTEXT - 1));
        int from = Math.max(1, at.startLine() - CONTEXT);
        int to = Math.min(text.size(), end + CONTEXT);
        StringBuilder html = new StringBuilder("<pre class=\"src\">");
        for (int n = from; n <= to; n++) {
            boolean hit = n >= at.startLine() && n <= end;
            html.append(hit ? "<span class=\"hit\">" : "<span>").append("<span class=\"ln\">").append(hit ? "▶ " : "").append(n)
                    .append("</span>").append(HtmlPage.esc(text.get(n - 1))).append("</span>");
        }
        out.write(html.append("</pre>\n").toString());
    }

    private Optional<List<String>> read(String file) {
        for (Path base : bases) {
            try {
                Path p = base.toAbsolutePath().resolve(file).normalize();
                if (!Files.isRegularFile(p) || Files.size(p) > MAX_FILE_BYTES) continue;
                List<String> lines = new java.util.ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
                for (SecretLocation s : secrets.getOrDefault(file, List.of())) hide(lines, s);
                return Optional.of(lines.stream().map(SourceExcerpt::printable).toList());
            } catch (CharacterCodingException e) {
                return Optional.empty();
            } catch (IOException | RuntimeException e) {
                // unreadable here: try the next base
            }
        }
        return Optional.empty();
    }

    /**
     * The secret's lines with the secret replaced by its redacted form: its first line is kept up to
     * where the secret starts, the lines it goes on over are emptied.
     */
    private static void hide(List<String> lines, SecretLocation s) {
        int first = s.at().startLine();
        int last = Math.max(first, s.at().endLine());
        if (first < 1 || first > lines.size()) return;
        String line = lines.get(first - 1);
        // Columns count characters or, from the byte scanner, bytes: the smaller cut hides the secret either way.
        int cut = Math.min(Math.max(s.at().startColumn() - 1, 0), line.length());
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        cut = Math.min(cut, new String(utf8, 0, Math.min(cut, utf8.length), StandardCharsets.UTF_8).length());
        if (cut > 0 && Character.isLowSurrogate(line.charAt(cut - 1))) cut--;
        lines.set(first - 1, line.substring(0, cut) + s.redacted() + " (secret hidden)");
        for (int n = first + 1; n <= Math.min(last, lines.size()); n++) lines.set(n - 1, "…");
    }

    /** Tabs as spaces, other control characters (which a page cannot show) as U+FFFD. */
    private static String printable(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') out.append("    ");
            else if (Character.isISOControl(c)) out.append('\uFFFD');
            else out.append(c);
        }
        return out.toString();
    }
}
