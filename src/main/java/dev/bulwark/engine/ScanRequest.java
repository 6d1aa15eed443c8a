package dev.bulwark.engine;

import dev.bulwark.source.SourceOptions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What to scan and how: paths, the sources' options (Terraform variable inputs among them), extra rule packs, which rules to run or skip, the
 * configuration file (discovered at the first scan root when null) and today's date (for suppression expiry).
 */
public record ScanRequest(List<Path> paths, SourceOptions sourceOptions, List<Path> rulePacks, List<String> checks,
                          List<String> skipChecks, Path configFile, LocalDate today) {
    public ScanRequest {
        paths = List.copyOf(paths);
        rulePacks = List.copyOf(rulePacks);
        checks = List.copyOf(checks);
        skipChecks = List.copyOf(skipChecks);
    }
}
