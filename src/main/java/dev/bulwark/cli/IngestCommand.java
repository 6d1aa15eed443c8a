package dev.bulwark.cli;

import dev.bulwark.engine.IngestOperation;
import dev.bulwark.engine.ScanConfig;
import dev.bulwark.engine.exports.IngestInputException;
import dev.bulwark.engine.exports.RolesConfigException;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.report.IngestReport;
import dev.bulwark.report.RenderOptions;
import dev.bulwark.report.ReportFormats;
import dev.bulwark.rule.RuleException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bulwark ingest}: stores exports of live systems in the evidence ledger and shows what the export rules find in them. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads exports of live systems (IAM credential reports, identity rosters, leavers lists, Trivy and Grype "
                + "reports, XCCDF results, Lynis reports), stores each in the evidence ledger with the file attached (encrypted), "
                + "and shows the findings of the export rules on it. Every file is checked before anything is stored: one "
                + "malformed file stores nothing. A file already ingested as the same kind is not stored again.",
                "Exit code: 0 stored or already stored, 2 usage or input error (nothing stored)."})
final class IngestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "credential-report, roster, terminations, trivy, grype, xccdf or lynis")
    String kind;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Export files of that kind")
    List<Path> files = new ArrayList<>();

    @Option(names = "--system", paramLabel = "NAME", description = "The system the exports cover (default: the scanned host, or image "
            + "repository without the tag; for identity exports, all)")
    String system;

    @Option(names = "--by", paramLabel = "WHO", defaultValue = "${sys:user.name}",
            description = "Who made the exports (default: the user running bulwark, ${DEFAULT-VALUE})")
    String by;

    @Option(names = "--performed-at", paramLabel = "WHEN", description = "When the exports were made: 2026-03-31 or 2026-03-31T14:30:00Z "
            + "(default: the scan time the export gives; for CSV exports, the newest time written in them)")
    String performedAt;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration with settings and roles (default: .bulwark.yaml in the current directory, if any)")
    Path configFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "console", converter = FormatNames.Ingest.class,
            description = "console or json (default: console)")
    String format;

    @Mixin
    RulePackOptions rulePacks;

    @Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() throws IOException {
        String exportKind = IngestOperation.kind(kind)
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "unknown export kind '" + kind + "' (use one of: "
                        + IngestOperation.kinds() + ")"));
        InputFiles.requireFiles(spec, "FILE", files);
        InputFiles.requireFile(spec, "--config", configFile);
        rulePacks.requireDirectories();
        PrintWriter err = spec.commandLine().getErr();
        try {
            IngestReport report = IngestOperation.run(exportKind, files, system, performedAt, by, configFile, rulePacks.rulePacks,
                    ledger::settings, EvidenceCommand.clock, w -> err.println("bulwark: warning: " + w));
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            ReportFormats.INGEST.get(format).renderer(RenderOptions.plain(EvidenceCommand.clock.instant())).render(report, out);
            out.flush();
            return ExitCode.OK.code;
        } catch (IngestInputException e) {
            for (String p : e.problems()) err.println("bulwark: " + p);
            err.println("bulwark: nothing was stored");
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        } catch (EvidenceException e) {
            for (String p : e.problems()) err.println("bulwark: ingest: " + p);
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        } catch (ScanConfig.ConfigException | RolesConfigException | RuleException e) {
            err.println("bulwark: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT_ERROR.code;
        } finally {
            err.flush();
        }
    }
}
