package dev.bulwark.process;

import dev.bulwark.evidence.EvidenceKind;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The recurring work the policy names with a cadence: which requirement it serves, which kind of
 * evidence record shows it, which systems need it, and how often by default.
 */
public enum CadenceCheck {
    VULNERABILITY_SCANS("3.2.3", EvidenceKind.VULNERABILITY_SCAN, Scope.PRODUCTION_SYSTEMS, 90, "vulnerability-scan-cadence",
            "vulnerability scan"),
    ACCESS_REVIEWS("3.3.3", EvidenceKind.ACCESS_REVIEW, Scope.EVERY_SYSTEM_OR_ALL, 90, "access-review-cadence", "access review"),
    KEY_ROTATIONS("3.4.4", EvidenceKind.KEY_ROTATION, Scope.EVERY_SYSTEM_OR_ALL, 365, "key-rotation-cadence", "key rotation"),
    RESTORE_TESTS("3.6.4", EvidenceKind.RESTORE_TEST, Scope.CRITICAL_SYSTEMS, 90, "restore-test-cadence", "restore test");

    /** Which systems need the work. */
    public enum Scope {
        /** Systems whose environment is production; each needs its own record. */
        PRODUCTION_SYSTEMS,
        /** Systems whose criticality is critical; each needs its own record. */
        CRITICAL_SYSTEMS,
        /**
         * Every declared system, each covered by a record naming it or by a record for the scope
         * {@code all}, whichever is later; with no systems declared, the scope {@code all} alone.
         */
        EVERY_SYSTEM_OR_ALL
    }

    private final String requirement;
    private final EvidenceKind kind;
    private final Scope scope;
    private final int defaultDays;
    private final String checkName;
    private final String label;

    CadenceCheck(String requirement, EvidenceKind kind, Scope scope, int defaultDays, String checkName, String label) {
        this.requirement = requirement;
        this.kind = kind;
        this.scope = scope;
        this.defaultDays = defaultDays;
        this.checkName = checkName;
        this.label = label;
    }

    public String requirement() {
        return requirement;
    }

    public EvidenceKind kind() {
        return kind;
    }

    public Scope scope() {
        return scope;
    }

    public int defaultDays() {
        return defaultDays;
    }

    /** The {@code process: check:} name of the rule whose metadata this check's findings carry. */
    public String checkName() {
        return checkName;
    }

    /** For sentences: "restore test". */
    public String label() {
        return label;
    }

    public static Optional<CadenceCheck> forRequirement(String requirementId) {
        return Arrays.stream(values()).filter(c -> c.requirement.equals(requirementId)).findFirst();
    }

    /** "3.2.3, 3.3.3, 3.4.4, 3.6.4", for messages. */
    public static String requirementIds() {
        return Arrays.stream(values()).map(CadenceCheck::requirement).collect(Collectors.joining(", "));
    }
}
