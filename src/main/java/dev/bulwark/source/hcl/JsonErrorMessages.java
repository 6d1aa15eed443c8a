package dev.bulwark.source.hcl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Jackson's parse error messages into plain JSON vocabulary: no Java class names, no
 * parser feature names, no "[Source: ...]" location dumps (the caller adds its own position).
 */
final class JsonErrorMessages {
    private static final Pattern CHAR_WITH_CODE = Pattern.compile("\\('(.+?)' \\(code [^)]*\\)\\)");
    private static final Pattern CTRL_CHAR = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern ESCAPE_CODE = Pattern.compile("'(.+?)' \\(code [^)]*\\)");
    private static final Pattern SOURCE_DUMP = Pattern.compile("\\s*\\((?:start marker at|for \\w+ starting at) \\[Source:.*?\\]\\)");
    /** Hints about Jackson parser features: "enable `X` to allow", "(not recognized ... Feature 'X' ...)". */
    private static final Pattern FEATURE_HINT = Pattern.compile(
            ": enable `[^`]*` to allow|\\s*\\(not recognized as one since Feature '[^']*' not enabled for parser\\)");
    /** Limits name their Java getter: "(1000, from `StreamReadConstraints.getMaxNumberLength()`)". */
    private static final Pattern JAVA_REFERENCE = Pattern.compile(", from `[^`]*`");
    private static final Pattern VALUE_KINDS = Pattern.compile("\\(JSON String, Number(?: \\(or 'NaN'/'\\+INF'/'-INF'\\))?, Array, Object or token 'null', 'true' or 'false'\\)");

    private JsonErrorMessages() {}

    /**
     * @param original Jackson's message without location
     * @param innermostOpen e.g. "the object opened at 3:5", or null when nothing is open
     */
    static String clean(String original, String innermostOpen) {
        String message = original == null ? "invalid JSON" : original;
        if (message.startsWith("Unexpected end-of-input")) {
            return endOfInput(message, innermostOpen);
        }
        message = SOURCE_DUMP.matcher(message).replaceAll("");
        message = FEATURE_HINT.matcher(message).replaceAll("");
        message = JAVA_REFERENCE.matcher(message).replaceAll("");
        message = CHAR_WITH_CODE.matcher(message).replaceAll(m -> Matcher.quoteReplacement(quoteChar(m.group(1))));
        message = CTRL_CHAR.matcher(message).replaceAll(m -> unicodeName(Integer.parseInt(m.group(1))));
        message = ESCAPE_CODE.matcher(message).replaceAll(m -> Matcher.quoteReplacement("'" + m.group(1) + "'"));
        message = VALUE_KINDS.matcher(message).replaceAll("a string, number, array, object, true, false or null");
        message = message
                .replace("Unexpected close marker", "unexpected closing bracket")
                .replace("Illegal unquoted character", "control character")
                .replace("was expecting a string", "expected a string")
                .replace("expected a valid value a string", "expected a string")
                .replace("Invalid numeric value: Leading zeroes not allowed", "invalid number: leading zeroes are not allowed")
                .replace("numeric value", "number")
                .replace("open Object", "open object")
                .replace("open Array", "open array")
                .replace("was expecting double-quote to start field name", "expected a double-quoted key")
                .replace("was expecting a colon to separate field name and value", "expected ':' after the key")
                .replace("was expecting comma to separate Object entries", "expected ',' or '}' in the object")
                .replace("was expecting comma to separate Array entries", "expected ',' or ']' in the array")
                .replace("maybe a (non-standard) comment?", "comments are not allowed in JSON")
                .replace(": has to be escaped using backslash to be included in string value",
                        " must be escaped inside a string")
                .replace("Non-standard token", "not a JSON value:")
                .replace("field name", "key");
        if (innermostOpen != null && message.startsWith("unexpected closing bracket")) {
            message = message + " to close " + innermostOpen;
        }
        return lowerFirst(message.strip());
    }

    private static String endOfInput(String message, String innermostOpen) {
        if (message.contains("closing quote")) {
            return "unexpected end of input inside a string";
        }
        if (innermostOpen != null) {
            return "unexpected end of input: " + innermostOpen + " is not closed";
        }
        return "unexpected end of input";
    }

    /** Quotes a character for a message, naming invisible ones by code point. */
    private static String quoteChar(String c) {
        if (c.length() == 1) {
            char ch = c.charAt(0);
            if (Character.isISOControl(ch) || Character.isSpaceChar(ch) || !Character.isDefined(ch)
                    || Character.getType(ch) == Character.FORMAT) {
                return unicodeName(ch);
            }
            if (ch == '\'') {
                return "\"'\"";
            }
        }
        return "'" + c + "'";
    }

    private static String unicodeName(int code) {
        return String.format("U+%04X", code);
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
