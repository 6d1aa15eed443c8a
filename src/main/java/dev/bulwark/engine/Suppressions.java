package dev.bulwark.engine;

import dev.bulwark.finding.Finding;
import dev.bulwark.finding.RelatedLocation;
import dev.bulwark.finding.Suppression;
import dev.bulwark.model.DeclaredSuppression;
import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.SourceLocation;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies suppressions: inline comments on or directly above a resource or the attribute a finding
 * points at ({@code # bulwark:ignore BW-AWS-S3-001 reason="public website" until=2027-03-31}), the
 * {@code suppressions} of {@code .bulwark.yaml}, and suppressions a source read from the resource itself
 * (such as an annotation on it). For a resource inside a module kept outside the
 * scanned code, the comment goes where the finding points: on or above the {@code module} block
 * that calls it; comments inside the fetched module are not the user's and are not read. A suppression needs a reason; one without, or past
 * its date, does not suppress and is reported. Suppressed findings are kept, marked.
 */
final class Suppressions {
    private static final String MARKER = "bulwark:ignore";
    /** After any comment mark of the formats scanned for secrets: {@code #}, {@code //}, {@code /*}, {@code --}, {@code ;}, {@code <!--}. */
    private static final Pattern INLINE = Pattern.compile("(?:#|//|/\\*|--|;|<!--)\\s*" + MARKER + "\\s+([A-Za-z0-9_,-]+)(.*)");
    private static final Pattern REASON = Pattern.compile("reason\\s*=\\s*\"([^\"]*)\"");
    /** The date may be quoted like the reason. */
    private static final Pattern UNTIL = Pattern.compile("until\\s*=\\s*\"?([^\"\\s]+)\"?");
    private static final Pattern FINGERPRINT = Pattern.compile("fingerprint\\s*=\\s*\"?([0-9a-fA-F]+)\"?");
    private static final List<String> COMMENT_STARTS = List.of("#", "//", "/*", "*", "--", ";", "<!--");

    /** @param fingerprint the one secret it is for, or null for every finding of its rules there */
    private record Inline(Set<String> rules, String reason, String until, String fingerprint, SourceLocation at) {}

    private final ScanConfig config;
    private final Path workingDir;
    private final LocalDate today;
    private final Map<String, List<String>> fileLines = new ConcurrentHashMap<>();
    private final Set<Diagnostic> problems = ConcurrentHashMap.newKeySet();

    Suppressions(ScanConfig config, Path workingDir, LocalDate today) {
        this.config = config;
        this.workingDir = workingDir;
        this.today = today;
    }

    Finding apply(Finding f) {
        return apply(f, List.of());
    }

    /** @param declared suppressions the source read from the resource itself (e.g. an annotation) */
    Finding apply(Finding f, List<DeclaredSuppression> declared) {
        for (Inline s : inlineFor(f)) {
            if (s.rules().stream().anyMatch(id -> f.rule().answersTo(id)) && sameSecret(s.fingerprint(), f)) {
                Suppression applied = validate(f, s.reason(), parseDate(s.until(), s.at()), s.at());
                if (applied != null) return f.withSuppression(applied);
            }
        }
        for (DeclaredSuppression s : declared) {
            if (s.rules().stream().anyMatch(id -> f.rule().answersTo(id))) {
                Suppression applied = validate(f, s.reason(), parseDate(s.until(), s.at()), s.at());
                if (applied != null) return f.withSuppression(applied);
            }
        }
        return applyConfigured(f);
    }

    /**
     * Only the suppressions of the configuration file: for findings about something other than the
     * current files (a secret in git history), whose places hold no comment to read.
     */
    Finding applyConfigured(Finding f) {
        for (ScanConfig.ConfigSuppression s : config.suppressions()) {
            if (f.rule().answersTo(s.rule()) && sameSecret(s.fingerprint(), f) && matches(s, f)) {
                Suppression applied = validate(f, s.reason(), s.until(), SourceLocation.ofFile(config.file()));
                if (applied != null) return f.withSuppression(applied);
            }
        }
        return f;
    }

    /**
     * True when a suppression naming {@code fingerprint} (or none) covers the finding: a fingerprint
     * names one secret, so it suppresses only the findings about that secret (in the files or in history).
     */
    private static boolean sameSecret(String fingerprint, Finding f) {
        if (fingerprint == null) return true;
        if (f.item() == null) return false;
        // A secret in the files is the item itself; one in git history is a commit that carries its fingerprint.
        return "secret".equals(f.item().kind()) && fingerprint.equalsIgnoreCase(f.item().id())
                || fingerprint.equalsIgnoreCase(f.item().detail().get("fingerprint"));
    }

    List<Diagnostic> problems() {
        List<Diagnostic> out = new ArrayList<>(problems);
        out.sort(null);
        return out;
    }

    private Suppression validate(Finding f, String reason, LocalDate until, SourceLocation at) {
        if (reason == null || reason.isBlank()) {
            problems.add(Diagnostic.warning(at, "suppression of " + f.rule().id() + " has no reason, so it is not applied; add reason=\"…\""));
            return null;
        }
        if (until != null && until.isBefore(today)) {
            problems.add(Diagnostic.warning(at, "suppression of " + f.rule().id() + " expired on " + until + " and no longer applies"));
            return null;
        }
        return new Suppression(reason, until, at);
    }

    private LocalDate parseDate(String text, SourceLocation at) {
        if (text == null) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(Diagnostic.warning(at, "suppression date \"" + text + "\" is not a date like 2027-03-31; it is treated as expired"));
            return LocalDate.MIN;
        }
    }

    private boolean matches(ScanConfig.ConfigSuppression s, Finding f) {
        if (s.address() == null && s.path() == null) return true;
        if (s.address() != null && !globToRegex(s.address()).matcher(f.resourceAddress()).matches()) return false;
        if (s.path() != null) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + s.path());
            for (String file : files(f)) {
                Path relative = relativeToConfig(file);
                if (m.matches(Path.of(file)) || relative != null && m.matches(relative)) return true;
            }
            return false;
        }
        return true;
    }

    /**
     * The files a finding is in: where it points and, for a resource inside a fetched module, the
     * module's own files, so {@code path: ".terraform/**"} still covers findings shown at the call.
     */
    private static Set<String> files(Finding f) {
        Set<String> files = new LinkedHashSet<>();
        files.add(f.location().file());
        for (RelatedLocation r : f.related()) files.add(r.location().file());
        return files;
    }

    /**
     * The file relative to the directory holding the config (null when outside it). Matching this
     * as well as the path as shown (relative to the working directory) lets a config say
     * {@code legacy/**} and mean the same wherever the scan is started from.
     */
    private Path relativeToConfig(String file) {
        if (config.file() == null) return null;
        Path abs = workingDir.toAbsolutePath().resolve(file).normalize();
        Path configDir = workingDir.toAbsolutePath().resolve(config.file()).normalize().getParent();
        return configDir != null && abs.startsWith(configDir) ? configDir.relativize(abs) : null;
    }

    private static Pattern globToRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') sb.append(".*");
            else sb.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(sb.toString());
    }

    /**
     * Suppression comments on the resource's first line and on the comment lines directly above it,
     * and likewise at the offending attribute when it is written elsewhere in the same file (a
     * Dockerfile instruction inside its stage, an argument inside a block).
     */
    private List<Inline> inlineFor(Finding f) {
        List<Inline> out = new ArrayList<>();
        inlineAt(f.location(), out);
        SourceLocation attribute = f.attributeLocation();
        if (attribute != null && attribute.file().equals(f.location().file()) && attribute.startLine() != f.location().startLine()) {
            inlineAt(attribute, out);
        }
        return out;
    }

    private void inlineAt(SourceLocation at, List<Inline> out) {
        List<String> lines = fileLines.computeIfAbsent(at.file(), this::read);
        int start = at.startLine();
        if (start < 1 || start > lines.size()) return;
        parse(lines.get(start - 1), at.file(), start, out);
        for (int line = start - 1; line >= 1; line--) {
            String text = lines.get(line - 1).strip();
            if (COMMENT_STARTS.stream().noneMatch(text::startsWith)) break;
            parse(text, at.file(), line, out);
        }
    }

    private static void parse(String line, String file, int lineNo, List<Inline> out) {
        Matcher m = INLINE.matcher(line);
        if (!m.find()) return;
        Set<String> ids = new LinkedHashSet<>(List.of(m.group(1).split(",")));
        Matcher reason = REASON.matcher(m.group(2));
        Matcher until = UNTIL.matcher(m.group(2));
        Matcher fingerprint = FINGERPRINT.matcher(m.group(2));
        out.add(new Inline(ids, reason.find() ? reason.group(1) : null, until.find() ? until.group(1) : null,
                fingerprint.find() ? fingerprint.group(1) : null, SourceLocation.at(file, lineNo, m.start() + 1)));
    }

    /** The file's lines, or none when it has no suppression comment at all: most files, kept in memory for the whole scan. */
    private List<String> read(String file) {
        try {
            String text = Files.readString(workingDir.resolve(file));
            return text.contains(MARKER) ? text.lines().toList() : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
