package dev.bulwark.model.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of live-system export Bulwark reads, by the name users give on the command line. */
public enum ExportKind {
    CREDENTIAL_REPORT("credential-report"),
    ROSTER("roster"),
    TERMINATIONS("terminations"),
    TRIVY("trivy"),
    GRYPE("grype"),
    XCCDF("xccdf"),
    LYNIS("lynis");

    private final String id;

    ExportKind(String id) {
        this.id = id;
    }

    /** The name used in rule files and on the command line, e.g. {@code credential-report}. */
    public String id() {
        return id;
    }

    public static Optional<ExportKind> byId(String id) {
        if (id == null) return Optional.empty();
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(wanted)).findFirst();
    }

    /** The accepted names, for messages: {@code credential-report, roster, …}. */
    public static String names() {
        return Arrays.stream(values()).map(ExportKind::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
