package dev.bulwark.source.kubernetes;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.source.SourceOptions;
import dev.bulwark.source.SourceRequest;
import dev.bulwark.source.tree.FileTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestLoaderTest {
    @TempDir
    Path dir;

    private InfrastructureModel load() {
        KubernetesSource source = new KubernetesSource();
        SourceOptions options = SourceOptions.of(dir);
        FileTree tree = FileTree.walk(List.of(dir), source::claims, options::display);
        return source.load(new SourceRequest(List.of(dir), tree.files(), tree, options, options::display));
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private static Resource find(InfrastructureModel m, String address) {
        return m.resources().stream().filter(r -> r.address().equals(address)).findFirst().orElseThrow(
                () -> new AssertionError(address + " not in " + m.resources().stream().map(Resource::address).toList()));
    }

    @Test
    void readsEveryDocumentOfAStreamWithAddressesAndPositions() throws IOException {
        write("app.yaml", """
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: payments
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                  namespace: payments
                spec:
                  template:
                    spec:
                      containers:
                        - name: api
                          image: registry.example/api:1.2.3
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: api
                """);
        InfrastructureModel m = load();
        assertThat(m.diagnostics()).isEmpty();
        assertThat(m.resources()).extracting(Resource::address)
                .containsExactly("Namespace/payments", "Deployment/payments/api", "Service/default/api");
        Resource d = find(m, "Deployment/payments/api");
        assertThat(d.format()).isEqualTo("kubernetes");
        assertThat(d.type()).isEqualTo("Deployment");
        assertThat(d.location().startLine()).isEqualTo(6);
        assertThat(d.location().endLine()).isEqualTo(16);
        assertThat(d.attributeLocations().get("spec.template.spec.containers[0].image").startLine()).isEqualTo(16);
        assertThat(d.attributeLocations().get("podSpec.containers[0].image").startLine()).isEqualTo(16);
        Value.Obj pod = (Value.Obj) d.attribute("podSpec");
        assertThat(pod.get("containers")).isInstanceOf(Value.ListV.class);
        assertThat(m.filesRead()).isEqualTo(1);
    }

    @Test
    void everyWorkloadKindYieldsItsPodSpec() throws IOException {
        write("cron.yaml", """
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: nightly, namespace: ops}
                spec:
                  schedule: "0 1 * * *"
                  jobTemplate:
                    spec:
                      template:
                        metadata:
                          annotations: {a: b}
                        spec:
                          initContainers: [{name: init, image: busybox:1.36}]
                          containers: [{name: job, image: busybox:1.36}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: solo}
                spec:
                  ephemeralContainers: [{name: debug, image: busybox:1.36}]
                  containers: [{name: main, image: busybox:1.36}]
                """);
        InfrastructureModel m = load();
        Value.Obj cron = (Value.Obj) find(m, "CronJob/ops/nightly").attribute("podSpec");
        assertThat(cron.get("initContainers")).isInstanceOf(Value.ListV.class);
        assertThat(((Value.Obj) find(m, "CronJob/ops/nightly").attribute("podMetadata")).get("annotations")).isNotNull();
        Value.Obj pod = (Value.Obj) find(m, "Pod/default/solo").attribute("podSpec");
        assertThat(pod.get("ephemeralContainers")).isInstanceOf(Value.ListV.class);
    }

    @Test
    void listsJsonAndHelmSourceCommentsAreRead() throws IOException {
        write("list.yaml", """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: one}
                  - apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: two}
                """);
        write("rbac.json", """
                {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
                 "metadata": {"name": "reader"}, "rules": []}
                """);
        write("rendered.yaml", """
                ---
                # Source: shop/templates/svc.yaml
                apiVersion: v1
                kind: Service
                metadata:
                  name: shop
                """);
        InfrastructureModel m = load();
        assertThat(m.diagnostics()).isEmpty();
        assertThat(find(m, "ConfigMap/default/two").location().startLine()).isEqualTo(7);
        assertThat(find(m, "ClusterRole/reader").location().startLine()).isEqualTo(1);
        assertThat(find(m, "Service/default/shop").attribute("renderedFrom")).isEqualTo(Value.of("shop/templates/svc.yaml"));
    }

    @Test
    void otherYamlAndJsonFilesAreSkippedSilently() throws IOException {
        write(".bulwark.yaml", "fail_on: HIGH\n");
        write("docker-compose.yml", "services:\n  web:\n    image: nginx\n");
        write("package.json", "{\"name\": \"x\", \"version\": \"1.0.0\"}");
        write("template.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n");
        write("kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n");
        write("broken-other.yaml", "a: [1, 2\n");
        InfrastructureModel m = load();
        assertThat(m.resources()).isEmpty();
        assertThat(m.diagnostics()).isEmpty();
        assertThat(m.filesRead()).isZero();
        assertThat(m.filesFailed()).isZero();
    }

    @Test
    void aMalformedDocumentIsOneErrorAndTheOtherDocumentsAndFilesAreStillRead() throws IOException {
        write("a.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: first}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: [broken
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: third}
                """);
        write("b.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: other}\n");
        InfrastructureModel m = load();
        assertThat(m.resources()).extracting(Resource::address)
                .containsExactlyInAnyOrder("ConfigMap/default/first", "ConfigMap/default/third", "ConfigMap/default/other");
        assertThat(m.diagnostics()).hasSize(1);
        Diagnostic d = m.diagnostics().get(0);
        assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
        assertThat(d.location().file()).isEqualTo("a.yaml");
        assertThat(d.location().startLine()).isBetween(7, 8);
        assertThat(m.filesFailed()).isEqualTo(1);
        assertThat(m.filesRead()).isEqualTo(1);
    }

    @Test
    void aJsonManifestWithAWrongTypeIsReportedAtItsLineAndStillLoaded() throws IOException {
        write("pod.json", """
                {
                  "apiVersion": "v1",
                  "kind": "Pod",
                  "metadata": {"name": "bad"},
                  "spec": {
                    "hostNetwork": true,
                    "containers": "nginx"
                  }
                }
                """);
        write("ok.json", "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"fine\"}}");
        InfrastructureModel m = load();
        assertThat(m.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("pod.json");
            assertThat(d.location().startLine()).isEqualTo(7);
            assertThat(d.message()).contains("spec.containers").contains("expected a list of containers, found a string");
        });
        Resource pod = find(m, "Pod/default/bad");
        Value.Obj spec = (Value.Obj) pod.attribute("podSpec");
        assertThat(spec.get("containers")).isNull();
        assertThat(spec.get("hostNetwork")).isEqualTo(Value.of(true));
        assertThat(find(m, "ConfigMap/default/fine")).isNotNull();
    }

    @Test
    void aHelmTemplateIsOneDiagnosticAskingForRenderedOutput() throws IOException {
        write("chart/templates/deploy.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ include "x.fullname" . }}
                spec:
                  {{- if .Values.replicas }}
                  replicas: {{ .Values.replicas }}
                  {{- end }}
                """);
        write("cm.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: alerts}
                data:
                  template.tmpl: |
                    {{ define "slack.text" }}{{ .CommonLabels.alertname }}{{ end }}
                """);
        InfrastructureModel m = load();
        assertThat(m.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo("chart/templates/deploy.yaml");
            assertThat(d.location().startLine()).isEqualTo(4);
            assertThat(d.message()).startsWith("Helm template: render with `helm template` first");
        });
        assertThat(m.resources()).extracting(Resource::address).containsExactly("ConfigMap/default/alerts");
    }

    @Test
    void theIgnoreAnnotationBecomesADeclaredSuppression() throws IOException {
        write("p.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: p
                  annotations:
                    bulwark.dev/ignore: "BW-K8S-PSS-001 reason=\\"node agent\\" until=2027-01-31; BW-CTR-001,BW-CTR-002 reason=vendor image"
                spec:
                  containers: [{name: c, image: x:1}]
                """);
        Resource p = find(load(), "Pod/default/p");
        assertThat(p.suppressions()).hasSize(2);
        assertThat(p.suppressions().get(0).rules()).containsExactly("BW-K8S-PSS-001");
        assertThat(p.suppressions().get(0).reason()).isEqualTo("node agent");
        assertThat(p.suppressions().get(0).until()).isEqualTo("2027-01-31");
        assertThat(p.suppressions().get(0).at().startLine()).isEqualTo(6);
        assertThat(p.suppressions().get(1).rules()).containsExactlyInAnyOrder("BW-CTR-001", "BW-CTR-002");
        assertThat(p.suppressions().get(1).reason()).isEqualTo("vendor image");
    }

    @Test
    void aLargeJsonFileWithoutManifestMarkersIsNotParsed() throws IOException {
        StringBuilder sb = new StringBuilder("{\"packages\": {");
        for (int i = 0; i < 20000; i++) sb.append("\"p").append(i).append("\": {\"version\": \"1.0.").append(i).append("\"},");
        sb.append("\"last\": {}}, \"kind\": ");  // "kind" only past the sniffed head, and the file is not even valid JSON
        write("package-lock.json", sb.toString());
        InfrastructureModel m = load();
        assertThat(m.diagnostics()).isEmpty();
        assertThat(m.resources()).isEmpty();
    }
}
