package dev.bulwark.secret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every secret with a recognisable shape in a text, in one pass: an Aho–Corasick automaton
 * over all detectors' literal anchors ({@code AKIA}, {@code ghp_}, {@code -----BEGIN }, {@code ://} …)
 * reads each character once, and only the detector whose anchor occurs looks closer at that spot
 * (shape, checksum, context). Thread-safe and immutable: build it once ({@link #standard()}) and share it.
 * Never throws on any input.
 */
public final class SecretScanner {
    private static final SecretScanner STANDARD = new SecretScanner(Detectors.all());

    private final List<Detector> detectorOfAnchor = new ArrayList<>();
    private final List<String> anchors = new ArrayList<>();
    private final AnchorAutomaton automaton;

    SecretScanner(List<Detector> detectors) {
        for (Detector d : detectors) {
            for (String anchor : d.anchors()) {
                anchors.add(anchor);
                detectorOfAnchor.add(d);
            }
        }
        automaton = new AnchorAutomaton(anchors);
    }

    /** The scanner with every detector of this package. */
    public static SecretScanner standard() {
        return STANDARD;
    }

    /** Every shaped secret in {@code text}, in order of position. Offsets and columns count characters. */
    public List<SecretMatch> scan(CharSequence text) {
        List<Candidate> found = new ArrayList<>();
        automaton.scan(text, (anchor, start) -> detectorOfAnchor.get(anchor).verify(text, anchors.get(anchor), start, found::add));
        return resolve(text, found);
    }

    /**
     * Every shaped secret in a file's bytes (read as ISO-8859-1, one character per byte; every token
     * format is ASCII, so UTF-8 files read correctly). Offsets and columns count bytes.
     */
    public List<SecretMatch> scan(byte[] bytes) {
        return scan(new ByteChars(bytes));
    }

    /** The detectors' anchors, in the order the automaton was built (for documentation and tests). */
    public List<String> anchors() {
        return List.copyOf(anchors);
    }

    /**
     * Orders, removes duplicates (the same family at the same place, as when two anchors of one token
     * both hit) and, when a password in a URL or a generic value is itself a shaped secret found here,
     * keeps only the shaped one; then works out lines and columns in one walk.
     */
    private static List<SecretMatch> resolve(CharSequence text, List<Candidate> found) {
        if (found.isEmpty()) return List.of();
        found.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(c -> c.family().ordinal()));
        Set<String> shapedValues = new HashSet<>();
        for (Candidate c : found) {
            if (c.family() != SecretFamily.URL_PASSWORD && c.family() != SecretFamily.GENERIC_ASSIGNMENT) shapedValues.add(c.value());
        }
        List<Candidate> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Candidate c : found) {
            boolean generic = c.family() == SecretFamily.URL_PASSWORD || c.family() == SecretFamily.GENERIC_ASSIGNMENT;
            if (generic && shapedValues.contains(c.value())) continue;
            if (seen.add(c.family() + "@" + c.start())) kept.add(c);
        }
        LineIndex lines = new LineIndex(text);
        List<SecretMatch> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            String detail = c.partnerAt() < 0 ? c.detail() : c.detail() + " on line " + lines.line(c.partnerAt());
            out.add(new SecretMatch(SecretValue.of(c.family(), c.value()), c.start(), c.end(), lines.line(c.start()),
                    lines.column(c.start()), detail));
        }
        return List.copyOf(out);
    }

    /** Line and column of offsets, computed on demand by counting line breaks once up to the furthest one asked. */
    private static final class LineIndex {
        private final CharSequence text;
        private final List<Integer> lineStarts = new ArrayList<>(List.of(0));
        private int counted;

        LineIndex(CharSequence text) {
            this.text = text;
        }

        int line(int offset) {
            countTo(offset);
            int lo = 0;
            int hi = lineStarts.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts.get(mid) <= offset) lo = mid;
                else hi = mid - 1;
            }
            return lo + 1;
        }

        int column(int offset) {
            return offset - lineStarts.get(line(offset) - 1) + 1;
        }

        private void countTo(int offset) {
            int limit = Math.min(offset, text.length());
            for (; counted < limit; counted++) {
                if (text.charAt(counted) == '\n') lineStarts.add(counted + 1);
            }
        }
    }
}
