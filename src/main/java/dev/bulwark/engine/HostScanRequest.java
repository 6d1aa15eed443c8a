package dev.bulwark.engine;

import dev.bulwark.source.host.HostRoot;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What a host scan checks: the root (the running system or a directory), extra rule packs, which
 * rules to run or skip, the configuration file (none when null: a host has no scan root to find one
 * at) and today's date (for suppression expiry).
 */
public record HostScanRequest(HostRoot root, List<Path> rulePacks, List<String> checks, List<String> skipChecks,
                              Path configFile, LocalDate today) {
    public HostScanRequest {
        rulePacks = List.copyOf(rulePacks);
        checks = List.copyOf(checks);
        skipChecks = List.copyOf(skipChecks);
    }
}
