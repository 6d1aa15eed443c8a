package dev.bulwark.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Which rules a run uses: {@code --check}, {@code --skip-check} and custom packs ({@code --rules}), shared by scan, host and baseline write. */
final class RuleSelectionOptions {
    @Option(names = "--check", paramLabel = "ID", description = "Run only these rules (repeatable).")
    List<String> checks = new ArrayList<>();

    @Option(names = "--skip-check", paramLabel = "ID", description = "Do not run these rules (repeatable).")
    List<String> skipChecks = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", description = "A custom rule pack directory (repeatable).")
    List<Path> rulePacks = new ArrayList<>();
}
