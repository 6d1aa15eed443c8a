package dev.bulwark.engine;

import dev.bulwark.finding.ScanResult;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.RuleSet;
import dev.bulwark.source.SourceOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The two halves of a Kubernetes scan on a generated manifest set (as {@code bench/k8s-manifests.sh}
 * writes it, in 50 namespaces, a tenth of the documents NetworkPolicies): reading the manifests
 * ({@code load}) and every built-in rule on the loaded model ({@code judge}), which includes the
 * NetworkPolicy lookups of every workload. Both use the machine's cores as a scan does. Run with
 * {@code bench/jmh.sh KubernetesRulesBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class KubernetesRulesBenchmark {
    @Param("2000")
    public int documents;

    Path dir;
    SourceOptions options;
    InfrastructureModel model;
    List<Rule> rules;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("bulwark-k8s-jmh");
        for (int file = 0; file * 10 < documents; file++) {
            StringBuilder text = new StringBuilder();
            for (int d = 0; d < 10 && file * 10 + d < documents; d++) text.append(document(file * 10 + d));
            Files.writeString(dir.resolve("release-" + file + ".yaml"), text);
        }
        options = SourceOptions.of(dir);
        model = Sources.load(List.of(dir), options);
        rules = RuleSet.builtin(id -> true).all().stream().filter(r -> !r.resources().isEmpty()).toList();
        System.out.printf("%n%d resources, %d rules%n", model.resources().size(), rules.size());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    @Benchmark
    public InfrastructureModel load() {
        return Sources.load(List.of(dir), options);
    }

    @Benchmark
    public ScanResult judge() {
        return Scanner.judge(model, dir, rules, ScanConfig.empty(), LocalDate.of(2026, 12, 8), System.nanoTime());
    }

    private static String document(int i) {
        String ns = "team-" + (i % 50);
        String name = "app-" + i;
        return switch (i % 10) {
            case 0, 1, 2, 3, 4 -> """
                    ---
                    # Source: platform/templates/deployment.yaml
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: %s, namespace: %s, labels: {app: %s}}
                    spec:
                      replicas: 2
                      selector: {matchLabels: {app: %s}}
                      template:
                        metadata: {labels: {app: %s}}
                        spec:
                          securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
                          containers:
                            - name: app
                              image: registry.example.com/%s/%s:1.%d.0
                              env: [{name: LOG_LEVEL, value: info}]
                              securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
                    """.formatted(name, ns, name, name, name, ns, name, i % 7);
            case 5 -> """
                    ---
                    apiVersion: networking.k8s.io/v1
                    kind: NetworkPolicy
                    metadata: {name: %s, namespace: %s}
                    spec:
                      podSelector: {matchLabels: {app: app-%d}}
                      policyTypes: [Ingress]
                      ingress: [{from: [{podSelector: {}}]}]
                    """.formatted(name, ns, i - 5);
            case 6 -> """
                    ---
                    apiVersion: v1
                    kind: Service
                    metadata: {name: %s, namespace: %s}
                    spec: {type: ClusterIP, selector: {app: app-%d}, ports: [{port: 80, targetPort: 8080}]}
                    """.formatted(name, ns, i - 6);
            default -> """
                    ---
                    apiVersion: apps/v1
                    kind: StatefulSet
                    metadata: {name: %s, namespace: %s}
                    spec:
                      serviceName: %s
                      selector: {matchLabels: {app: %s}}
                      template:
                        metadata: {labels: {app: %s}}
                        spec:
                          hostNetwork: true
                          containers: [{name: db, image: "postgres:latest", securityContext: {privileged: true}}]
                    """.formatted(name, ns, name, name, name);
        };
    }
}
