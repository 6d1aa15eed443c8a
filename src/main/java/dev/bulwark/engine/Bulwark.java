package dev.bulwark.engine;

import dev.bulwark.finding.ScanResult;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.policy.PolicyEvaluation;
import dev.bulwark.report.ScanReport;
import dev.bulwark.report.SourceRoot;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleException;
import dev.bulwark.rule.RuleSet;
import dev.bulwark.source.SourceOptions;
import dev.bulwark.rule.Severity;
import dev.bulwark.source.terraform.LoadOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The pipeline's entry point for front ends (CLI, later a server). */
public final class Bulwark {
    private Bulwark() {}

    /** Loads every supported source under {@code paths} into one model. */
    public static InfrastructureModel load(List<Path> paths, SourceOptions options) {
        return Sources.load(paths, options);
    }

    /** The sources' options with module downloads on when the configuration asks for them ({@code modules: download}). */
    public static SourceOptions sourceOptions(SourceOptions options, ScanConfig config) {
        LoadOptions terraform = options.get(LoadOptions.class).orElse(null);
        if (terraform == null || !config.downloadModules() || terraform.moduleDownloads().enabled()) return options;
        return options.with(terraform.downloadingModules());
    }

    /** The built-in rules plus the given custom packs. */
    public static RuleSet rules(List<Path> rulePacks) throws RuleException {
        PolicyCatalogue policy = PolicyCatalogue.bundled();
        RuleSet rules = RuleSet.builtin(policy::exists);
        for (Path pack : rulePacks) rules.addPack(pack, policy::exists);
        return rules;
    }

    /** A configuration or rule problem that stops a scan before it starts (exit code 2). */
    public static final class ScanSetupException extends Exception {
        public ScanSetupException(String message) {
            super(message);
        }
    }

    /** The configuration a scan uses: the named file, or the one found at the first scan root. */
    public static ScanConfig config(ScanRequest request) throws ScanSetupException {
        try {
            return request.configFile() != null ? ScanConfig.read(request.configFile()) : ScanConfig.discover(request.paths());
        } catch (ScanConfig.ConfigException e) {
            throw new ScanSetupException(e.getMessage());
        }
    }

    public static ScanResult scan(ScanRequest request, ScanConfig config) throws ScanSetupException {
        SourceOptions sourceOptions = sourceOptions(request.sourceOptions(), config);
        // Without module downloads, reading the sources changes nothing on disk: it starts at once,
        // beside loading the rules, and is dropped if the rules or the selection are in error.
        boolean downloads = sourceOptions.get(LoadOptions.class).map(o -> o.moduleDownloads().enabled()).orElse(false);
        BackgroundLoad loading = downloads ? null : BackgroundLoad.start(request.paths(), sourceOptions);
        RuleSet ruleSet;
        try {
            ruleSet = rules(request.rulePacks());
        } catch (RuleException e) {
            throw new ScanSetupException(e.getMessage());
        }
        List<Rule> selected = select(ruleSet, request.checks(), request.skipChecks(), config.skip());
        if (loading == null) return Scanner.scan(request.paths(), sourceOptions, selected, config, request.today());
        InfrastructureModel model = loading.model();
        return Scanner.judge(model, sourceOptions.workingDir(), selected, config, request.today(), System.nanoTime() - loading.loadNanos());
    }

    /**
     * The report every scan format is written from: the result with each requirement's status, the
     * failure threshold (null for none), the tool's version, and the scanned paths (SARIF's source
     * root is worked out from them, relative to the working directory).
     */
    public static ScanReport report(ScanResult result, Severity failOn, String toolVersion, List<Path> paths) {
        PolicyCatalogue policy = PolicyCatalogue.bundled();
        return new ScanReport(result, policy, PolicyEvaluation.evaluate(policy, result.rules(), result.findings()), failOn, toolVersion,
                SourceRoot.forScan(paths, Path.of("")));
    }

    /** Applies --check, --skip-check and the config's skip list; an id that names no rule is an error. */
    static List<Rule> select(RuleSet rules, List<String> checks, List<String> skipChecks, List<String> configSkips)
            throws ScanSetupException {
        Set<Rule> included = new LinkedHashSet<>();
        for (String id : checks) included.add(rules.find(id).orElseThrow(() -> unknownRule(id, "--check")));
        Set<Rule> skipped = new LinkedHashSet<>();
        for (String id : skipChecks) skipped.add(rules.find(id).orElseThrow(() -> unknownRule(id, "--skip-check")));
        for (String id : configSkips) skipped.add(rules.find(id).orElseThrow(() -> unknownRule(id, "skip in " + ScanConfig.FILE_NAME)));
        List<Rule> out = new ArrayList<>();
        for (Rule r : checks.isEmpty() ? rules.all() : List.copyOf(included)) {
            if (!skipped.contains(r)) out.add(r);
        }
        return out;
    }

    private static ScanSetupException unknownRule(String id, String where) {
        return new ScanSetupException(where + ": no rule has the id " + id + " (bulwark rules lists them)");
    }
}
