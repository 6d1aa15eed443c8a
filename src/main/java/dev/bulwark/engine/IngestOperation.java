package dev.bulwark.engine;

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
import dev.bulwark.report.IngestReport;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleException;
import dev.bulwark.model.export.ExportKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code ingest}: checks every export file, stores each in the evidence ledger (nothing at all when
 * one is malformed; a file already ingested as the same kind not again) and judges each with the
 * export rules.
 */
public final class IngestOperation {
    private IngestOperation() {}

    /** An export kind by its id ({@code trivy}, {@code credential-report} …). */
    public static Optional<String> kind(String id) {
        return ExportKind.byId(id).map(ExportKind::id);
    }

    /** The kinds' ids, for a message that lists them. */
    public static String kinds() {
        return ExportKind.names();
    }

    /**
     * Ingests {@code files} of export kind {@code kind}. The configuration (settings and roles) is
     * {@code configFile}, else {@code .bulwark.yaml} in the current directory if there is one.
     */
    public static IngestReport run(String kind, List<Path> files, String system, String performedAt, String by, Path configFile,
                                   List<Path> rulePacks, LedgerLocation ledger, Clock clock, Consumer<String> warnings)
            throws IngestInputException, EvidenceException, ScanConfig.ConfigException, RolesConfigException, RuleException {
        ExportKind exportKind = ExportKind.byId(kind).orElseThrow(() -> new IllegalArgumentException("no export kind " + kind));
        ScanConfig config = ScanConfig.empty();
        RolesConfig roles = RolesConfig.NONE;
        Path file = configFile != null ? configFile : Path.of(ScanConfig.FILE_NAME);
        if (Files.isRegularFile(file)) {
            config = ScanConfig.read(file);
            roles = RolesConfigReader.read(file);
        }
        List<Rule> rules = rules(config, rulePacks);
        IngestRequest request = new IngestRequest(exportKind, files, system, performedAt, by);
        List<PreparedExport> prepared = ExportIngester.prepare(request, clock.instant());
        try (EvidenceLedger l = EvidenceLedger.open(ledger.settings())) {
            try {
                List<IngestResult> results = ExportIngester.store(l, request, prepared);
                ExportFindings findings = ExportFindings.of(l, config.settings(), clock, roles, rules);
                List<IngestReport.File> out = new ArrayList<>();
                for (IngestResult r : results) {
                    out.add(new IngestReport.File(r.file().path(), r.file().name(), r.file().sha256(), r.alreadyIngested(), r.record(),
                            findings.evaluate(r.record().id()).orElseThrow().findings()));
                }
                return new IngestReport(exportKind.id(), out);
            } finally {
                l.warnings().forEach(warnings);
            }
        }
    }

    /** The built-in rules and the given packs, less those the configuration skips. */
    private static List<Rule> rules(ScanConfig config, List<Path> rulePacks) throws RuleException, ScanConfig.ConfigException {
        List<Rule> all = Bulwark.rules(rulePacks).all();
        for (String id : config.skip()) {
            if (all.stream().noneMatch(r -> r.answersTo(id))) {
                throw new ScanConfig.ConfigException("skip in " + config.file() + ": no rule has the id " + id + " (bulwark rules lists them)");
            }
        }
        return all.stream().filter(r -> config.skip().stream().noneMatch(r::answersTo)).toList();
    }
}
