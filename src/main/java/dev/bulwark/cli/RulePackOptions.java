package dev.bulwark.cli;

import dev.bulwark.engine.Bulwark;
import dev.bulwark.rule.RuleException;
import dev.bulwark.rule.RuleSet;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code --rules DIR} option shared by the commands that list or explain rules, and loading them. */
final class RulePackOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "Also load this custom rule pack (repeatable).")
    List<Path> rulePacks = new ArrayList<>();

    /** The rules, or empty after telling the user what is wrong with a rule pack. */
    Optional<RuleSet> load() {
        try {
            return Optional.of(Bulwark.rules(rulePacks));
        } catch (RuleException e) {
            System.err.println("bulwark: " + e.getMessage());
            return Optional.empty();
        }
    }
}
