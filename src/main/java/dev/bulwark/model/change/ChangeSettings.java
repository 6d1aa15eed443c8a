package dev.bulwark.model.change;

import java.util.List;
import java.util.Objects;

/**
 * The {@code changes} section of {@code .bulwark.yaml}: what counts as approval, which branch and
 * which files are checked, which trailers name approvers, and how far back the check looks by
 * default. Every key is optional; unknown keys are errors so a typo cannot turn a setting off.
 *
 * @param branch null for the checked-out branch (else main, else master)
 * @param file   the file the settings came from, null for the defaults
 */
public record ChangeSettings(ApprovalMode approval, String branch, List<String> infrastructure, List<String> trailers, int lookbackDays,
                             String file) {
    public static final String FILE_NAME = ".bulwark.yaml";
    public static final List<String> DEFAULT_TRAILERS = List.of("Approved-by", "Reviewed-by");
    public static final int DEFAULT_LOOKBACK_DAYS = 90;
    /** The files a change must touch to be checked, by default: Terraform and the infrastructure code beside it. */
    public static final List<String> DEFAULT_INFRASTRUCTURE = List.of(
            "*.tf", "*.tf.json", "*.tfvars", "*.tfvars.json",
            "*.template.{yaml,yml,json}", "*.cfn.{yaml,yml,json}",
            "**/cloudformation/**/*.{yaml,yml,json}", "**/cfn/**/*.{yaml,yml,json}",
            "**/k8s/**/*.{yaml,yml}", "**/kubernetes/**/*.{yaml,yml}", "**/manifests/**/*.{yaml,yml}",
            "**/helm/**/*.{yaml,yml}", "**/charts/**/*.{yaml,yml}", "**/kustomization.{yaml,yml}");

    public ChangeSettings {
        Objects.requireNonNull(approval, "approval");
        infrastructure = List.copyOf(infrastructure);
        trailers = List.copyOf(trailers);
        if (lookbackDays <= 0) throw new IllegalArgumentException("lookbackDays must be positive, got " + lookbackDays);
    }

    public static ChangeSettings defaults() {
        return new ChangeSettings(ApprovalMode.EITHER, null, DEFAULT_INFRASTRUCTURE, DEFAULT_TRAILERS, DEFAULT_LOOKBACK_DAYS, null);
    }

    public ChangeSettings withApproval(ApprovalMode mode) {
        return new ChangeSettings(mode, branch, infrastructure, trailers, lookbackDays, file);
    }

    public ChangeSettings withBranch(String name) {
        return new ChangeSettings(approval, name, infrastructure, trailers, lookbackDays, file);
    }
}
