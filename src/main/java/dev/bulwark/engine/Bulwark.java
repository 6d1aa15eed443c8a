package dev.bulwark.engine;

import dev.bulwark.finding.ScanResult;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.policy.PolicyEvaluation;
import dev.bulwark.report.ScanReport;
import dev.bulwark.report.SourceRoot;
import dev.bulwark.rule.ResourceLogic;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleException;
import dev.bulwark.rule.RuleSet;
import dev.bulwark.source.SourceOptions;
import dev.bulwark.rule.Severity;
import dev.bulwark.source.SourceRegistry;
import dev.bulwark.source.host.HostAreas;
import dev.bulwark.source.host.HostSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The pipeline's entry point for front ends (CLI, later a server). */
public final class Bulwark {
    private Bulwark() {}

    /**
     * Loads every supported source under {@code paths} into one model; every attribute whose value holds
     * a secret found in the files is marked sensitive, so whoever prints the model shows it hidden.
     */
    public static InfrastructureModel load(List<Path> paths, SourceOptions options) {
        return SecretsOperation.loadHidingSecrets(paths, options);
    }

    /** The sources' options with module downloads on when the configuration asks for them ({@code modules: download}). */
    public static SourceOptions sourceOptions(SourceOptions options, ScanConfig config) {
        return config.downloadModules() ? options.downloading() : options;
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
        boolean downloads = sourceOptions.downloads();
        BackgroundLoad loading = downloads ? null : BackgroundLoad.start(request.paths(), sourceOptions);
        RuleSet ruleSet;
        try {
            ruleSet = rules(request.rulePacks());
        } catch (RuleException e) {
            throw new ScanSetupException(e.getMessage());
        }
        Set<String> formats = codeFormats();
        List<Rule> selected = judging(select(ruleSet, request.checks(), request.skipChecks(), config.skip()),
                l -> l.format() == null || formats.contains(l.format()));
        if (loading == null) return Scanner.scan(request.paths(), sourceOptions, selected, config, request.today());
        Sources.Loaded loaded = loading.loaded();
        return Scanner.judge(loaded, sourceOptions, selected, config, request.today(), System.nanoTime() - loading.loadNanos());
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

    /**
     * Checks a host (the running system or a root file system in a directory) with the rules for
     * format {@code host}, judged, suppressed and reported as a code scan is. A root that is not a
     * Linux root file system stops the scan (exit code 2).
     */
    public static ScanResult scanHost(HostScanRequest request, ScanConfig config) throws ScanSetupException {
        if (!request.root().looksLikeLinux()) {
            throw new ScanSetupException(request.root().directory() + " is not a Linux root file system: it has no etc directory"
                    + " and no usr/lib/os-release (--root names the directory that holds etc, usr and var)");
        }
        // Logic without a format names resource types of any format: for a host, only the host's own types.
        Predicate<ResourceLogic> hostLogic = l -> HostSource.FORMAT.equals(l.format())
                || (l.format() == null && l.resourceTypes().stream().anyMatch(t -> t.startsWith("host_")));
        List<Rule> selected;
        try {
            // Only rules/host has built-in host logic: read just those, unless --check, --skip-check or the
            // configuration's skip names another rule, which must still be found (and then judges nothing).
            PolicyCatalogue policy = PolicyCatalogue.bundled();
            RuleSet hostRules = RuleSet.builtinIn("host", policy::exists);
            for (Path pack : request.rulePacks()) hostRules.addPack(pack, policy::exists);
            List<String> named = new ArrayList<>(request.checks());
            named.addAll(request.skipChecks());
            named.addAll(config.skip());
            RuleSet ruleSet = named.stream().allMatch(id -> hostRules.find(id).isPresent()) ? hostRules : rules(request.rulePacks());
            selected = judging(select(ruleSet, request.checks(), request.skipChecks(), config.skip()), hostLogic);
        } catch (RuleException e) {
            throw new ScanSetupException(e.getMessage());
        }
        long t0 = System.nanoTime();
        InfrastructureModel model = HostSource.load(request.root(), HostAreas.all(request.clock()));
        return Scanner.judge(model, Path.of("").toAbsolutePath(), selected, config, request.today(), t0);
    }

    /** The configuration a host scan uses: the named file, else none (a host has no scan root to find one at). */
    public static ScanConfig config(HostScanRequest request) throws ScanSetupException {
        try {
            return request.configFile() != null ? ScanConfig.read(request.configFile()) : ScanConfig.empty();
        } catch (ScanConfig.ConfigException e) {
            throw new ScanSetupException(e.getMessage());
        }
    }

    /** The formats a code scan reads. */
    private static Set<String> codeFormats() {
        Set<String> out = new LinkedHashSet<>();
        SourceRegistry.all().forEach(s -> out.add(s.format()));
        return out;
    }

    /**
     * The rules with logic that can judge what a scan reads, so a scan counts as run only those: a
     * repository scan does not claim the host checks passed, nor a host scan the Terraform ones.
     * Rules without resource logic stay: the judging leaves them out itself.
     */
    static List<Rule> judging(List<Rule> rules, Predicate<ResourceLogic> reads) {
        return rules.stream().filter(r -> r.resources().isEmpty() || r.resources().stream().anyMatch(reads)).toList();
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
