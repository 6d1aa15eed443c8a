package dev.bulwark.source.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.model.DeclaredSuppression;
import dev.bulwark.model.SourceLocation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annotation {@code bulwark.dev/ignore: "BW-K8S-PSS-003 reason=\"…\" until=2027-03-31"} on an
 * object. Several suppressions go on separate lines or are separated by {@code ;}. The reason may be
 * quoted or, unquoted, runs to {@code until=} or the end.
 */
final class AnnotationSuppressions {
    static final String ANNOTATION = "bulwark.dev/ignore";
    private static final Pattern ENTRY = Pattern.compile("^\\s*([A-Za-z0-9_,-]+)(.*)$");
    private static final Pattern QUOTED_REASON = Pattern.compile("reason\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern PLAIN_REASON = Pattern.compile("reason\\s*=\\s*(.*?)\\s*(?:until\\s*=.*)?$");
    private static final Pattern UNTIL = Pattern.compile("until\\s*=\\s*\"?([^\"\\s]+)\"?");

    private AnnotationSuppressions() {}

    static List<DeclaredSuppression> read(JsonNode metadata, Function<String, SourceLocation> where) {
        if (metadata == null || !metadata.isObject()) return List.of();
        JsonNode annotations = metadata.get("annotations");
        if (annotations == null || !annotations.isObject() || !annotations.path(ANNOTATION).isTextual()) return List.of();
        SourceLocation at = where.apply(ANNOTATION);
        List<DeclaredSuppression> out = new ArrayList<>();
        for (String entry : annotations.get(ANNOTATION).asText().split("[;\\n]")) {
            Matcher m = ENTRY.matcher(entry);
            if (entry.isBlank() || !m.matches()) continue;
            Set<String> ids = new LinkedHashSet<>(List.of(m.group(1).split(",")));
            ids.removeIf(String::isBlank);
            String rest = m.group(2);
            Matcher quoted = QUOTED_REASON.matcher(rest);
            Matcher plain = PLAIN_REASON.matcher(rest);
            String reason = quoted.find() ? quoted.group(1) : plain.find() ? plain.group(1) : null;
            Matcher until = UNTIL.matcher(rest);
            out.add(new DeclaredSuppression(ids, reason, until.find() ? until.group(1) : null, at));
        }
        return out;
    }
}
