package dev.bulwark.engine;

import dev.bulwark.finding.Finding;
import dev.bulwark.finding.ScanResult;
import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleContext;
import dev.bulwark.rule.Status;
import dev.bulwark.rule.ResourceLogic;
import dev.bulwark.source.SourceOptions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs the pipeline: load the sources, evaluate every rule on every resource of its types (in
 * parallel), apply suppressions. Findings come out in a stable order: file, line, rule, address.
 */
public final class Scanner {
    private Scanner() {}

    public static ScanResult scan(List<Path> paths, SourceOptions sourceOptions, List<Rule> rules, ScanConfig config, LocalDate today) {
        long t0 = System.nanoTime();
        return judge(Sources.loadWithFiles(paths, sourceOptions), sourceOptions, rules, config, today, t0);
    }

    /**
     * Every rule on a model already loaded, and, when a rule that reports secrets is among them, the
     * secrets pass over every discovered file.
     */
    static ScanResult judge(Sources.Loaded loaded, SourceOptions options, List<Rule> rules, ScanConfig config, LocalDate today, long t0) {
        return judge(loaded.model(), loaded.files(), options::display, options.workingDir(), rules, config, today, t0);
    }

    /** Every rule on a model already loaded; {@code workingDir} is where suppression paths are relative to. */
    static ScanResult judge(InfrastructureModel model, Path workingDir, List<Rule> rules, ScanConfig config, LocalDate today, long t0) {
        return judge(model, List.of(), null, workingDir, rules, config, today, t0);
    }

    private static ScanResult judge(InfrastructureModel loadedModel, List<Path> files, Function<Path, String> display, Path workingDir,
                                    List<Rule> rules, ScanConfig config, LocalDate today, long t0) {
        long t1 = System.nanoTime();
        Suppressions suppressions = new Suppressions(config, workingDir, today);
        List<Finding> secretFindings = new ArrayList<>();
        InfrastructureModel model = loadedModel;
        boolean secretsRun = display != null && rules.stream().anyMatch(r -> !r.secrets().isEmpty());
        if (secretsRun) {
            Set<String> ids = new HashSet<>();
            rules.forEach(r -> ids.add(r.id()));
            List<SecretSweep.Found> found = new SecretSweep(loadedModel, display, ids).sweep(files);
            model = SecretFindings.hide(loadedModel, found);
            for (Finding f : SecretFindings.findings(found, rules)) secretFindings.add(suppressions.apply(f));
        }
        ModelIndex index = new ModelIndex(model, Settings.resolve(config.settings()));
        Map<String, List<Task>> byType = tasksByType(rules);
        // One resource at a time, every rule on it: what the rules derive from it (its CEL form) is
        // shared by them and dropped after, instead of being kept for the whole scan.
        Finding[] found = model.resources().parallelStream()
                .filter(r -> r.mode() == Resource.Mode.MANAGED)
                .flatMap(r -> {
                    List<Task> tasks = byType.getOrDefault(r.type(), List.of());
                    if (tasks.isEmpty()) return Stream.empty();
                    RuleContext context = index.focusedOn(r);
                    List<Finding> out = new ArrayList<>(tasks.size());
                    for (Task t : tasks) {
                        if (t.logic().format() != null && !t.logic().format().equals(r.format())) continue;
                        Finding f = t.run(r, context);
                        // Only failures and undecided checks can be suppressed; a passing or inapplicable check needs no excuse.
                        out.add(f.status() == Status.PASS || f.status() == Status.NOT_APPLICABLE ? f : suppressions.apply(f, r.suppressions()));
                    }
                    return out.stream();
                })
                .toArray(Finding[]::new);
        if (!secretFindings.isEmpty()) {
            secretFindings.addAll(0, Arrays.asList(found));
            found = secretFindings.toArray(Finding[]::new);
        }
        // Stable, like List.sort, on both cores: a large scan has hundreds of thousands of findings.
        Arrays.parallelSort(found, ORDER);
        List<Finding> findings = Arrays.asList(found);
        long t2 = System.nanoTime();
        List<Diagnostic> diagnostics = new ArrayList<>(model.diagnostics());
        diagnostics.addAll(suppressions.problems());
        // Rules without logic for resources judge other inputs (exports, git history): they did not run in this scan.
        // The secrets pass ran the rules of secret families when it read the files.
        final boolean secretsRan = secretsRun;
        List<Rule> ran = rules.stream().filter(r -> !r.resources().isEmpty() || secretsRan && !r.secrets().isEmpty()).toList();
        return new ScanResult(findings, ran, model, diagnostics, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }

    static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().startLine())
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::resourceAddress);

    private static Map<String, List<Task>> tasksByType(List<Rule> rules) {
        Map<String, List<Task>> out = new HashMap<>();
        for (Rule rule : rules) {
            for (ResourceLogic logic : rule.resources()) {
                for (String type : logic.resourceTypes()) out.computeIfAbsent(type, k -> new ArrayList<>()).add(new Task(rule, logic));
            }
        }
        return out;
    }

    /** One rule's logic, for the resources of its types. */
    private record Task(Rule rule, ResourceLogic logic) {
        Finding run(Resource resource, RuleContext context) {
            Outcome o;
            try {
                o = logic.evaluate(resource, context);
            } catch (RuntimeException e) {
                o = Outcome.unknown("the rule failed on this resource: " + e, null);
            } catch (StackOverflowError e) {
                o = Outcome.unknown("the rule failed on this resource: its values are nested too deeply", null);
            }
            SourceLocation attributeAt = o.attribute() == null ? null : locate(resource, o.attribute());
            FindingLocations at = FindingLocations.of(resource, o.attribute(), attributeAt);
            return new Finding(rule, o.status(), resource.address(), resource.type(), at.location(), at.attribute(), o.message(),
                    null, null, at.related());
        }

        /** The location of the attribute path, or of its nearest enclosing written attribute or block. */
        private static SourceLocation locate(Resource r, String path) {
            String p = path;
            while (!p.isEmpty()) {
                SourceLocation at = r.attributeLocations().get(p);
                if (at != null) return at;
                if (r.attributeLocations().get(p + "[0]") != null) return r.attributeLocations().get(p + "[0]");
                int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
                if (cut <= 0) break;
                p = p.substring(0, cut);
            }
            return null;
        }
    }
}
