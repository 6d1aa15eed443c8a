package dev.bulwark.rule.cel.plan;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.cel.common.CelOptions;

/**
 * {@code s.matches('literal')}: CEL compiles the pattern at every call; a literal pattern is compiled
 * here once, with the same RE2 engine, size limit and partial-match setting. Anything but a string
 * goes to the general call, for CEL's own error.
 */
record Matches(Node target, Pattern pattern, boolean partial, Node general) implements Node {
    /** Null when the pattern is not valid or too large: then the general call reports it, as CEL does. */
    static Node of(Node target, String regex, CelOptions options, Node general) {
        Pattern p;
        try {
            p = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return null;
        }
        if (options.maxRegexProgramSize() >= 0 && p.programSize() > options.maxRegexProgramSize()) return null;
        return new Matches(target, p, options.enableRegexPartialMatch(), general);
    }

    @Override
    public Object eval(Frame f) {
        Object t = target.eval(f);
        if (t instanceof String s) return partial ? pattern.matcher(s).find() : pattern.matcher(s).matches();
        return general.eval(f);
    }
}
