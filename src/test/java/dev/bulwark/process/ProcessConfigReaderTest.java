package dev.bulwark.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Systems, cadences and documents in .bulwark.yaml: what is read, and the message for each mistake. */
class ProcessConfigReaderTest {
    @TempDir
    Path dir;

    private ProcessConfig read(String yaml) throws ProcessConfigException {
        return ProcessConfigReader.read(".bulwark.yaml", yaml, dir, dir);
    }

    private void rejects(String yaml, String message) {
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(ProcessConfigException.class).hasMessage(message);
    }

    @Test
    void readsSystemsCadencesAndDocumentsWithTheirLines() throws Exception {
        ProcessConfig c = read("""
                fail_on: HIGH
                systems:
                  - name: payments
                    environment: production
                    criticality: critical
                    tags: [pci, customer-data]
                    owner: team-payments
                  - name: intranet
                    environment: Staging
                    criticality: low
                cadences:
                  "3.3.3": 30
                  3.6.4: 60
                  documents: 180
                documents:
                  incident_response_plan: docs/ir.md
                  runbooks:
                    - path: runbooks/payments.md
                      systems: [payments]
                """);
        assertThat(c.systems()).hasSize(2);
        SystemDefinition payments = c.systems().get(0);
        assertThat(payments.name()).isEqualTo("payments");
        assertThat(payments.isProduction()).isTrue();
        assertThat(payments.isCritical()).isTrue();
        assertThat(payments.tags()).containsExactly("pci", "customer-data");
        assertThat(payments.declaredAt().toString()).isEqualTo(".bulwark.yaml:3:5");
        assertThat(c.systems().get(1).environment()).isEqualTo(Environment.STAGING);
        assertThat(c.systems().get(1).isProduction()).isFalse();

        assertThat(c.cadences().days(CadenceCheck.ACCESS_REVIEWS)).isEqualTo(30);
        assertThat(c.cadences().days(CadenceCheck.RESTORE_TESTS)).isEqualTo(60);
        assertThat(c.cadences().days(CadenceCheck.VULNERABILITY_SCANS)).isEqualTo(90);
        assertThat(c.cadences().days(CadenceCheck.KEY_ROTATIONS)).isEqualTo(365);
        assertThat(c.cadences().documentDays()).isEqualTo(180);
        assertThat(c.cadences().declared("3.3.3")).map(Object::toString).contains(".bulwark.yaml:12:12");

        assertThat(c.documents()).extracting(DocumentSpec::kind).containsExactly(DocumentKind.INCIDENT_RESPONSE_PLAN, DocumentKind.RUNBOOK);
        DocumentSpec runbook = c.documents(DocumentKind.RUNBOOK).get(0);
        assertThat(runbook.file()).isEqualTo(dir.resolve("runbooks/payments.md"));
        assertThat(runbook.shown()).isEqualTo("runbooks/payments.md");
        assertThat(runbook.systems()).containsExactly("payments");
        assertThat(runbook.declaredAt().toString()).isEqualTo(".bulwark.yaml:18:13");
        assertThat(c.runbooksFor("payments")).containsExactly(runbook);
        assertThat(c.runbooksFor("intranet")).isEmpty();
    }

    @Test
    void anEmptyFileOrNoSectionsGiveTheDefaults() throws Exception {
        for (String yaml : new String[] {"", "fail_on: LOW\n"}) {
            ProcessConfig c = read(yaml);
            assertThat(c.systems()).isEmpty();
            assertThat(c.documents()).isEmpty();
            assertThat(c.cadences().days(CadenceCheck.VULNERABILITY_SCANS)).isEqualTo(90);
            assertThat(c.cadences().days(CadenceCheck.ACCESS_REVIEWS)).isEqualTo(90);
            assertThat(c.cadences().days(CadenceCheck.RESTORE_TESTS)).isEqualTo(90);
            assertThat(c.cadences().days(CadenceCheck.KEY_ROTATIONS)).isEqualTo(365);
            assertThat(c.cadences().documentDays()).isEqualTo(365);
        }
    }

    @Test
    void discoverReadsTheFileInTheDirectoryOrGivesAnEmptyConfiguration() throws Exception {
        assertThat(ProcessConfigReader.discover(dir, dir).file()).isNull();
        Files.writeString(dir.resolve(".bulwark.yaml"), "systems:\n  - {name: api, environment: production, criticality: high}\n");
        ProcessConfig c = ProcessConfigReader.discover(dir, dir);
        assertThat(c.file()).isEqualTo(".bulwark.yaml");
        assertThat(c.systems()).extracting(SystemDefinition::name).containsExactly("api");
    }

    @Test
    void systemMistakesNameTheLineTheKeyAndWhatIsExpected() {
        rejects("systems: payments\n", ".bulwark.yaml:1:10: systems: expected a list of systems, each with name, environment and criticality");
        rejects("systems:\n  - payments\n", ".bulwark.yaml:2:5: systems[0]: expected a mapping with name, environment and criticality");
        rejects("systems:\n  - environment: production\n    criticality: low\n",
                ".bulwark.yaml:2:5: systems[0]: name is missing: expected a system name such as payments");
        rejects("systems:\n  - name: pay ments\n    environment: production\n    criticality: low\n",
                ".bulwark.yaml:2:11: systems[0].name: expected letters, digits, '.', '_' or '-' (starting with a letter or digit), found \"pay ments\"");
        rejects("systems:\n  - name: all\n    environment: production\n    criticality: low\n",
                ".bulwark.yaml:2:11: systems[0].name: \"all\" is reserved: evidence for the scope all covers every system");
        rejects("""
                systems:
                  - name: api
                    environment: production
                    criticality: low
                  - name: api
                    environment: staging
                    criticality: low
                """, ".bulwark.yaml:5:11: systems[1].name: system \"api\" is already declared at line 2");
        rejects("systems:\n  - name: api\n    environment: prodution\n    criticality: low\n",
                ".bulwark.yaml:3:18: systems[0].environment: expected one of production, staging, qa, test, development, sandbox, found \"prodution\"");
        rejects("systems:\n  - name: api\n    environment: production\n",
                ".bulwark.yaml:2:5: systems[0]: criticality is missing: expected one of critical, high, medium, low");
        rejects("systems:\n  - name: api\n    environment: production\n    criticality: urgent\n",
                ".bulwark.yaml:4:18: systems[0].criticality: expected one of critical, high, medium, low, found \"urgent\"");
        rejects("systems:\n  - name: api\n    environment: production\n    criticality: low\n    critical: true\n",
                ".bulwark.yaml:5:5: systems[0].critical: unknown key (expected criticality, description, environment, name, owner, tags)");
        rejects("systems:\n  - name: api\n    environment: production\n    criticality: low\n    tags: pci\n",
                ".bulwark.yaml:5:11: systems[0].tags: expected a list of tags such as pci");
    }

    @Test
    void cadenceMistakes() {
        rejects("cadences: 90\n", ".bulwark.yaml:1:11: cadences: expected a mapping of requirement ids (3.2.3, 3.3.3, 3.4.4, 3.6.4) and documents to days");
        rejects("cadences:\n  \"3.5.1\": 30\n",
                ".bulwark.yaml:2:3: cadences.3.5.1: requirement 3.5.1 has no recurring evidence check (cadences apply to 3.2.3, 3.3.3, 3.4.4, 3.6.4 and documents)");
        rejects("cadences:\n  quarterly: 90\n",
                ".bulwark.yaml:2:3: cadences.quarterly: unknown key (cadences apply to 3.2.3, 3.3.3, 3.4.4, 3.6.4 and documents)");
        rejects("cadences:\n  \"3.3.3\": 90d\n",
                ".bulwark.yaml:2:12: cadences.3.3.3: expected a whole number of days from 1 to 3660, such as 90, found \"90d\"");
        rejects("cadences:\n  documents: 0\n",
                ".bulwark.yaml:2:14: cadences.documents: expected a whole number of days from 1 to 3660, such as 90, found \"0\"");
    }

    @Test
    void documentMistakes() {
        rejects("documents: docs/ir.md\n",
                ".bulwark.yaml:1:12: documents: expected a mapping with incident_response_plan, hardening_baseline and runbooks");
        rejects("documents:\n  incident_plan: docs/ir.md\n",
                ".bulwark.yaml:2:3: documents.incident_plan: unknown key (expected hardening_baseline, incident_response_plan, runbooks)");
        rejects("documents:\n  hardening_baseline: [a.md]\n",
                ".bulwark.yaml:2:23: documents.hardening_baseline: expected the path of the hardening baseline");
        rejects("documents:\n  runbooks:\n    - runbooks/payments.md\n",
                ".bulwark.yaml:3:7: documents.runbooks[0]: expected a mapping with path (the runbook file) and systems (the systems it recovers)");
        rejects("""
                systems:
                  - {name: payments, environment: production, criticality: critical}
                documents:
                  runbooks:
                    - path: runbooks/payments.md
                """, ".bulwark.yaml:5:7: documents.runbooks[0]: systems is missing: expected the names of the systems this runbook recovers");
        rejects("""
                systems:
                  - {name: payments, environment: production, criticality: critical}
                  - {name: ledger, environment: production, criticality: high}
                documents:
                  runbooks:
                    - path: runbooks/payments.md
                      systems: [payments, paymnts]
                """, ".bulwark.yaml:7:27: documents.runbooks[0].systems[1]: no system named \"paymnts\" is declared under systems (declared: payments, ledger)");
    }

    @Test
    void yamlSyntaxErrorsAndDuplicateKeysAreLocated() {
        assertThatThrownBy(() -> read("systems:\n  - name: [unclosed\n")).isInstanceOf(ProcessConfigException.class)
                .hasMessageStartingWith(".bulwark.yaml:").hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> read("cadences:\n  documents: 30\n  documents: 60\n")).isInstanceOf(ProcessConfigException.class)
                .hasMessageStartingWith(".bulwark.yaml:3:").hasMessageContaining("Duplicate field 'documents'");
    }
}
