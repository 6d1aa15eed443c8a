package dev.bulwark.cli;

import dev.bulwark.engine.Bulwark;
import dev.bulwark.engine.ScanConfig;
import dev.bulwark.engine.exports.ExportEvaluation;
import dev.bulwark.engine.exports.ExportFindings;
import dev.bulwark.engine.exports.ExportIngester;
import dev.bulwark.engine.exports.IngestInputException;
import dev.bulwark.engine.exports.IngestRequest;
import dev.bulwark.engine.exports.IngestResult;
import dev.bulwark.engine.exports.PreparedExport;
import dev.bulwark.engine.exports.RolesConfig;
import dev.bulwark.engine.exports.RolesConfigException;
import dev.bulwark.engine.exports.RolesConfigReader;
import dev.bulwark.evidence.EvidenceException;
import dev.bulwark.evidence.EvidenceLedger;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleException;
import dev.bulwark.source.export.ExportKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    enum Format { console, json }

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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "console", description = "console or json (default: console)")
    Format format;

    @Mixin
    RulePackOptions rulePacks;

    @Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() {
        ExportKind exportKind = ExportKind.byId(kind)
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "unknown export kind '" + kind + "' (use one of: " + ExportKind.names() + ")"));
        InputFiles.requireFiles(spec, "FILE", files);
        InputFiles.requireFile(spec, "--config", configFile);
        rulePacks.requireDirectories();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ScanConfig config = ScanConfig.empty();
            RolesConfig roles = RolesConfig.NONE;
            Path file = configFile != null ? configFile : Path.of(ScanConfig.FILE_NAME);
            if (Files.isRegularFile(file)) {
                config = ScanConfig.read(file);
                roles = RolesConfigReader.read(file);
            }
            List<Rule> rules = rules(config);
            IngestRequest request = new IngestRequest(exportKind, files, system, performedAt, by);
            List<PreparedExport> prepared = ExportIngester.prepare(request, EvidenceCommand.clock.instant());
            try (EvidenceLedger l = EvidenceLedger.open(ledger.settings())) {
                try {
                    List<IngestResult> results = ExportIngester.store(l, request, prepared);
                    ExportFindings findings = ExportFindings.of(l, config.settings(), EvidenceCommand.clock, roles, rules);
                    List<ExportEvaluation> evaluations = new ArrayList<>();
                    for (IngestResult r : results) evaluations.add(findings.evaluate(r.record().id()).orElseThrow());
                    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                    if (format == Format.json) IngestOutput.json(exportKind, results, evaluations, out);
                    else IngestOutput.console(results, evaluations, out);
                    out.flush();
                    return ExitCode.OK.code;
                } finally {
                    for (String w : l.warnings()) err.println("bulwark: warning: " + w);
                }
            }
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

    /** The built-in rules and --rules packs, less those the configuration skips. */
    private List<Rule> rules(ScanConfig config) throws RuleException, ScanConfig.ConfigException {
        List<Rule> all = Bulwark.rules(rulePacks.rulePacks).all();
        for (String id : config.skip()) {
            if (all.stream().noneMatch(r -> r.answersTo(id))) {
                throw new ScanConfig.ConfigException("skip in " + config.file() + ": no rule has the id " + id + " (bulwark rules lists them)");
            }
        }
        return all.stream().filter(r -> config.skip().stream().noneMatch(r::answersTo)).toList();
    }
}
