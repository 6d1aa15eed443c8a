package dev.bulwark.cli;

import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.ScanConfig;
import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.report.ModelJsonReport;
import dev.bulwark.report.ModelTextReport;
import dev.bulwark.source.SourceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bulwark inspect}: prints the evaluated model, the starting point for writing rules. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Prints the resources Bulwark evaluates from Terraform code: addresses, locations, attribute values",
                "(unknown ones marked with the reason) and the problems met while loading.",
                "Exit code: 0 loaded without errors, 2 a path or file could not be read or parsed, or a module download failed",
                "(the model is still printed), or .bulwark.yaml is malformed."})
final class InspectCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Directories or files to load.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    TerraformVariableOptions variables;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        variables.requireFiles();
        SourceOptions options = variables.sourceOptions();
        try {
            // Only modules: is read here; the whole file is checked as scan checks it, so a typo is not silently ignored.
            options = Bulwark.sourceOptions(options, ScanConfig.discover(paths));
        } catch (ScanConfig.ConfigException e) {
            spec.commandLine().getErr().println("bulwark: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        }
        InfrastructureModel model = Bulwark.load(paths, options);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        if (format == Format.json) {
            ModelJsonReport.write(model, out);
            out.flush();
        } else {
            ModelTextReport.write(model, out);
        }
        boolean errors = model.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        return errors ? ExitCode.USAGE_OR_INPUT_ERROR.code : ExitCode.OK.code;
    }
}
