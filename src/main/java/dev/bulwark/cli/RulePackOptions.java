package dev.bulwark.cli;

import dev.bulwark.engine.Bulwark;
import dev.bulwark.rule.RuleException;
import dev.bulwark.rule.RuleSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code --rules DIR} option shared by the commands that list or explain rules, and loading them. */
final class RulePackOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "Also load this custom rule pack (repeatable).")
    List<Path> rulePacks = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Every --rules directory exists. */
    void requireDirectories() {
        InputFiles.requireDirectories(command, "--rules", rulePacks);
    }

    /** The rules, or empty after telling the user what is wrong with a rule pack; a missing --rules directory is a usage error. */
    Optional<RuleSet> load() {
        requireDirectories();
        try {
            return Optional.of(Bulwark.rules(rulePacks));
        } catch (RuleException e) {
            System.err.println("bulwark: " + e.getMessage());
            return Optional.empty();
        }
    }
}
