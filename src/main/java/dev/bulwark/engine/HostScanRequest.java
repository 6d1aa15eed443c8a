package dev.bulwark.engine;

import dev.bulwark.source.host.HostRoot;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What a host scan checks: the root (the running system or a directory), extra rule packs, which
 * rules to run or skip, the configuration file (none when null: a host has no scan root to find one
 * at) and "now": today's date for suppression expiry and the end of support of the release, the
 * time the package database's age counts to. Never the system clock directly, so a result is
 * reproducible for a given date.
 */
public record HostScanRequest(HostRoot root, List<Path> rulePacks, List<String> checks, List<String> skipChecks,
                              Path configFile, Clock clock) {
    public HostScanRequest {
        rulePacks = List.copyOf(rulePacks);
        checks = List.copyOf(checks);
        skipChecks = List.copyOf(skipChecks);
    }

    /** "Now" is the start of {@code today}, UTC. */
    public HostScanRequest(HostRoot root, List<Path> rulePacks, List<String> checks, List<String> skipChecks, Path configFile, LocalDate today) {
        this(root, rulePacks, checks, skipChecks, configFile, Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
