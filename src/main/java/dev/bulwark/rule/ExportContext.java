package dev.bulwark.rule;

import dev.bulwark.model.export.ParsedExport;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an export check may use besides the export it judges: the time to judge at, the
 * resolved settings (thresholds, with defaults), the declared role catalogue, the mapping from
 * people's email addresses to IAM user names, when vulnerabilities were first seen, and the other
 * exports of the same system (a leavers check looks up the roster and the credential report).
 *
 * @param settings       as {@code Settings.resolve} gives them: every threshold a check reads must be there
 * @param roleCatalogue  the roles accounts may hold; empty when none is declared
 * @param iamUserByEmail email (any case) to IAM user name
 * @param related        other current exports of the same system
 */
public record ExportContext(Instant now, Map<String, Object> settings, List<String> roleCatalogue, Map<String, String> iamUserByEmail,
                            FirstSeen firstSeen, List<ParsedExport> related) {
    public ExportContext {
        Objects.requireNonNull(now, "now");
        settings = Map.copyOf(settings);
        roleCatalogue = List.copyOf(roleCatalogue);
        Map<String, String> lower = new LinkedHashMap<>();
        iamUserByEmail.forEach((email, user) -> lower.put(email.toLowerCase(Locale.ROOT), user));
        iamUserByEmail = Map.copyOf(lower);
        Objects.requireNonNull(firstSeen, "firstSeen");
        related = List.copyOf(related);
    }

    public static ExportContext of(Instant now, Map<String, Object> settings) {
        return new ExportContext(now, settings, List.of(), Map.of(), FirstSeen.NONE, List.of());
    }

    public static ExportContext of(Clock clock, Map<String, Object> settings) {
        return of(clock.instant(), settings);
    }

    public ExportContext withRoleCatalogue(List<String> roles) {
        return new ExportContext(now, settings, roles, iamUserByEmail, firstSeen, related);
    }

    public ExportContext withIamUsers(Map<String, String> byEmail) {
        return new ExportContext(now, settings, roleCatalogue, byEmail, firstSeen, related);
    }

    public ExportContext withFirstSeen(FirstSeen seen) {
        return new ExportContext(now, settings, roleCatalogue, iamUserByEmail, seen, related);
    }

    public ExportContext withRelated(List<? extends ParsedExport> exports) {
        return new ExportContext(now, settings, roleCatalogue, iamUserByEmail, firstSeen, List.copyOf(exports));
    }

    /** The related exports of one type, in the order given. */
    public <T extends ParsedExport> List<T> related(Class<T> type) {
        return related.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The IAM user name mapped to this email address, or null. */
    public String iamUserFor(String email) {
        return iamUserByEmail.get(email.toLowerCase(Locale.ROOT));
    }

    /**
     * A whole-number setting such as {@code access_key_max_age_days}. A missing or non-numeric
     * setting is a programming or configuration error, not a finding.
     */
    public long number(String name) {
        Object v = settings.get(name);
        if (v == null) throw new IllegalArgumentException("setting " + name + " is missing: pass the resolved settings");
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.longValue() >= 0) return n.longValue();
        throw new IllegalArgumentException("setting " + name + " must be a whole number of zero or more, got " + v);
    }
}
