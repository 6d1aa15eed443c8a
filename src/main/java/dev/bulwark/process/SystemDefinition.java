package dev.bulwark.process;

import dev.bulwark.model.SourceLocation;

import java.util.List;

/**
 * One system in scope, as {@code .bulwark.yaml} declares it. Evidence records name systems by this
 * exact name; a record for the scope {@value #ALL} covers every system where a check allows it.
 *
 * @param declaredAt where the system's entry starts in {@code .bulwark.yaml}
 */
public record SystemDefinition(String name, Environment environment, Criticality criticality, List<String> tags,
                               SourceLocation declaredAt) {
    /** The scope name that evidence records use for work covering every system at once. */
    public static final String ALL = "all";

    public SystemDefinition {
        tags = List.copyOf(tags);
    }

    public boolean isProduction() {
        return environment == Environment.PRODUCTION;
    }

    public boolean isCritical() {
        return criticality == Criticality.CRITICAL;
    }
}
