package dev.bulwark.process;

import dev.bulwark.rule.Status;

import java.util.List;

/**
 * An unsuppressed configuration finding that did not pass (FAIL or UNKNOWN), as a scan reported it.
 *
 * @param location {@code file:line} of the resource (or the attribute when known)
 */
public record ConfigFailure(String rule, String severity, Status status, List<String> requirements, String resourceAddress,
                            String location, String message) {
    public ConfigFailure {
        requirements = List.copyOf(requirements);
    }
}
