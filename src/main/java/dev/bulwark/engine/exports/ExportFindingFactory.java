package dev.bulwark.engine.exports;

import dev.bulwark.finding.Finding;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.rule.ExportOutcome;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.Status;
import dev.bulwark.model.export.ExportKind;

/**
 * Turns export check outcomes into findings. The resource is the outcome's subject with a prefix
 * saying what it is, so that suppressions can name it: {@code iam-user:alice},
 * {@code idp-account:dave}, {@code leaver:erin@example.com}, {@code target:registry.example.com/shop/api:1.8.2},
 * {@code host:web-01}. The resource type is {@code export:KIND}.
 */
public final class ExportFindingFactory {
    private ExportFindingFactory() {}

    public static String resourceType(ExportKind kind) {
        return "export:" + kind.id();
    }

    public static String address(ExportKind kind, String subject) {
        String prefix = switch (kind) {
            case CREDENTIAL_REPORT -> "iam-user";
            case ROSTER -> "idp-account";
            case TERMINATIONS -> "leaver";
            case TRIVY, GRYPE -> "target";
            case XCCDF, LYNIS -> "host";
        };
        return prefix + ":" + subject;
    }

    static Finding finding(Rule rule, ExportKind kind, ExportOutcome o) {
        return new Finding(rule, o.status(), address(kind, o.subject()), resourceType(kind), o.location(), null, o.message(), null,
                o.item());
    }

    /** A rule that could not judge an export: the export is unreadable, or a setting it needs is wrong. */
    static Finding cannotJudge(Rule rule, IngestedExport e, String why) {
        return new Finding(rule, Status.UNKNOWN, "evidence:" + e.id(), resourceType(e.kind()), SourceLocation.ofFile(e.file().name()), null, why, null);
    }
}
