package dev.bulwark.secret;

import java.util.List;
import java.util.function.Consumer;

/**
 * One family's recogniser. The scanner finds its {@link #anchors()} in one pass; only at an anchor
 * does the detector look closer (shape, checksum, context) and report what it confirms.
 */
interface Detector {
    /** Literal strings every secret of this family contains; at least one, ASCII. */
    List<String> anchors();

    /**
     * Looks at the text around an occurrence of {@code anchor} starting at {@code at} and passes each
     * confirmed secret to {@code out}. Never throws on odd input; reads only a bounded window.
     */
    void verify(CharSequence text, String anchor, int at, Consumer<Candidate> out);
}
