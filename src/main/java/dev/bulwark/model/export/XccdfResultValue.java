package dev.bulwark.model.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The XCCDF 1.2 result of one rule (the {@code result} element of a {@code rule-result}). */
public enum XccdfResultValue {
    PASS, FAIL, ERROR, UNKNOWN, NOTAPPLICABLE, NOTCHECKED, NOTSELECTED, INFORMATIONAL, FIXED;

    /** As written in the XML. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static XccdfResultValue parse(String s) {
        String wanted = s.strip();
        return Arrays.stream(values()).filter(v -> v.text().equals(wanted)).findFirst().orElse(null);
    }

    public static String names() {
        return Arrays.stream(values()).map(XccdfResultValue::text).collect(Collectors.joining(", "));
    }
}
