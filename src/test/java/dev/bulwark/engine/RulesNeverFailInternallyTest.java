package dev.bulwark.engine;

import dev.bulwark.finding.Finding;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.policy.PolicyCatalogue;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleSet;
import dev.bulwark.rule.Status;
import dev.bulwark.rule.cel.CelTerraformLogic;
import dev.bulwark.source.terraform.LoadOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built-in Terraform rule over real-shaped input gone wrong in every way Terraform code and
 * policy documents allow: each rule fixture, the registry-style modules and the example, with every
 * attribute of every resource in turn missing, null, unknown, of another kind, a block as a list of
 * 0, 1 or 2 elements, numbers and booleans as strings, and policy documents in each of their legal
 * forms (see {@link ShapeVariants}). No finding may carry an internal error, and no failure may fall
 * back to the rule's title for its message. Each variant is tried once per resource type and path.
 */
@Tag("robustness")
class RulesNeverFailInternallyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void noRuleFailsInternallyOnAnyShape() throws Exception {
        List<Rule> rules = RuleSet.builtin(PolicyCatalogue.bundled()::exists).all().stream()
                .filter(r -> !r.resources().isEmpty()).toList();
        Set<String> judgedTypes = new HashSet<>();
        for (Rule r : rules) judgedTypes.addAll(r.resourceTypes());

        Problems problems = new Problems();
        Set<String> tried = new HashSet<>();
        int models = 0;
        for (Path seed : seeds()) {
            InfrastructureModel model = Sources.load(List.of(seed), new LoadOptions(List.of(), Map.of(), Map.of(), seed).asSourceOptions());
            problems.check(judge(model, seed, rules), seed + " as written");
            models++;
            List<Resource> resources = model.resources();
            for (int i = 0; i < resources.size(); i++) {
                Resource r = resources.get(i);
                if (!judgedTypes.contains(r.type())) continue;
                for (ShapeVariants.Variant v : ShapeVariants.of(r.attributes(), ShapeVariants.vocabulary(r.type()))) {
                    if (!tried.add(r.type() + " " + v.name())) continue;
                    List<Resource> changed = new ArrayList<>(resources);
                    changed.set(i, withAttributes(r, v.attributes()));
                    InfrastructureModel mutated = new InfrastructureModel(changed, model.diagnostics(), model.filesRead(), model.filesFailed());
                    problems.check(judge(mutated, seed, rules), seed + ": " + r.address() + " with " + v.name());
                    models++;
                }
            }
        }
        assertThat(models).as("models judged").isGreaterThan(5_000);
        assertThat(problems.found).as(problems.found.size() + " problems in " + models + " models, e.g.:\n"
                + String.join("\n", problems.found.values().stream().limit(60).toList())).isEmpty();
    }

    private static List<Finding> judge(InfrastructureModel model, Path seed, List<Rule> rules) {
        return Scanner.judge(model, seed, rules, ScanConfig.empty(), TODAY, System.nanoTime()).findings();
    }

    private static Resource withAttributes(Resource r, dev.bulwark.model.Value.Obj attributes) {
        return new Resource(r.format(), r.address(), r.type(), r.name(), r.scope(), r.location(), attributes,
                r.attributeLocations(), r.references(), r.sensitiveAttributes(), r.terraform());
    }

    /** Every rule fixture case, the registry-style modules and the shipped example. */
    private static List<Path> seeds() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> rules = Files.list(Path.of("src/test/resources/rules"))) {
            for (Path rule : rules.sorted().toList()) {
                try (Stream<Path> cases = Files.list(rule)) {
                    cases.filter(Files::isDirectory).sorted().forEach(out::add);
                }
            }
        }
        out.add(Path.of("src/test/resources/terraform-registry-style"));
        out.add(Path.of("examples/aws-platform"));
        return out;
    }

    /** Findings that show an internal error or a title for a message, one example per rule and kind of message. */
    private static final class Problems {
        final Map<String, String> found = new LinkedHashMap<>();

        void check(List<Finding> findings, String where) {
            for (Finding f : findings) {
                String problem = problem(f);
                if (problem == null) continue;
                String kind = f.rule().id() + " " + f.status() + " " + f.message().replaceAll("\"[^\"]*\"|\\d+", "_");
                found.putIfAbsent(kind, problem + " — " + f.rule().id() + " " + f.status() + " on " + f.resourceAddress()
                        + " in " + where + ": " + f.message());
            }
        }

        private static String problem(Finding f) {
            if (f.status() == Status.FAIL && f.message().equals(f.rule().metadata().title())) return "title as message";
            if (f.message().endsWith(CelTerraformLogic.MESSAGE_UNAVAILABLE)) return "message not built";
            if (InternalErrors.in(f.message())) return "internal error";
            return null;
        }
    }
}
