package dev.bulwark.rule;

import dev.bulwark.policy.PolicyCatalogue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The other scanners' check ids that built-in rules list: users migrate skip lists through them, so each
 * must be a real id of its scanner, listed once, and justified in {@code docs/equivalents.md}.
 */
class PeerIdsTest {
    private static final Map<String, Pattern> ID_FORMAT = Map.of(
            "checkov", Pattern.compile("CKV2?_(AWS|GHA|DOCKER|K8S)_\\d+"),
            "kics", Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
            "trivy", Pattern.compile("AVD-(AWS|DS|KSV)-\\d{4}"),
            "hadolint", Pattern.compile("DL\\d{4}"),
            "polaris", Pattern.compile("[a-z][A-Za-z]+"),
            "kube-score", Pattern.compile("[a-z]+(-[a-z0-9]+)+"));
    /** A row of the review table: | rule | scanner | id | equivalent or related | reason |. */
    private static final Pattern REVIEW_ROW = Pattern.compile(
            "^\\| *(BW-[A-Z0-9-]+) *\\| *(checkov|kics|trivy|hadolint|polaris|kube-score) *\\| *`?([^|`]+?)`? *\\| *(equivalent|related) *\\| *(.+?) *\\|$");
    private static final Path REVIEW = Path.of("docs/equivalents.md");

    private static List<Rule> builtin() throws RuleException {
        return RuleSet.builtin(PolicyCatalogue.bundled()::exists).all();
    }

    @Test
    void everyListedIdHasItsScannersForm() throws Exception {
        List<String> bad = new ArrayList<>();
        for (Rule r : builtin()) {
            for (var list : List.of(r.metadata().equivalents(), r.metadata().related())) {
                list.forEach((scanner, ids) -> ids.stream()
                        .filter(id -> !ID_FORMAT.get(scanner).matcher(id).matches())
                        .forEach(id -> bad.add(r.metadata().id() + " " + scanner + " " + id)));
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void noIdIsBothEquivalentAndRelatedNorListedTwice() throws Exception {
        for (Rule r : builtin()) {
            RuleMetadata m = r.metadata();
            for (String scanner : ID_FORMAT.keySet()) {
                List<String> eq = m.equivalents().getOrDefault(scanner, List.of());
                List<String> rel = m.related().getOrDefault(scanner, List.of());
                assertThat(eq).as(m.id() + " " + scanner + " equivalents").doesNotHaveDuplicates();
                assertThat(rel).as(m.id() + " " + scanner + " related").doesNotHaveDuplicates();
                assertThat(eq.stream().filter(rel::contains)).as(m.id() + " " + scanner + " in both").isEmpty();
            }
        }
    }

    @Test
    void aPeerIdNeverNamesARuleSoItCannotSkipOrSuppressOne() throws Exception {
        // --check, --skip-check and skip: resolve ids through RuleSet.find, suppressions through Rule.answersTo;
        // a related check that decides differently must never switch a rule off, nor an equivalent one by accident.
        RuleSet rules = RuleSet.builtin(PolicyCatalogue.bundled()::exists);
        for (Rule r : rules.all()) {
            for (var list : List.of(r.metadata().equivalents(), r.metadata().related())) {
                list.values().forEach(ids -> ids.forEach(id -> {
                    assertThat(rules.find(id)).as(id).isEmpty();
                    assertThat(rules.all()).as(id).noneMatch(other -> other.answersTo(id));
                }));
            }
        }
    }

    @Test
    void theReviewDocumentJustifiesExactlyTheListedIds() throws Exception {
        TreeSet<String> listed = new TreeSet<>();
        for (Rule r : builtin()) {
            RuleMetadata m = r.metadata();
            m.equivalents().forEach((scanner, ids) -> ids.forEach(id -> listed.add(m.id() + " " + scanner + " " + id + " equivalent")));
            m.related().forEach((scanner, ids) -> ids.forEach(id -> listed.add(m.id() + " " + scanner + " " + id + " related")));
        }
        TreeSet<String> reviewed = new TreeSet<>();
        for (String line : reviewLines()) {
            Matcher row = REVIEW_ROW.matcher(line.strip());
            if (!row.matches()) continue;
            assertThat(row.group(5)).as("reason for " + row.group(1) + " " + row.group(3)).hasSizeGreaterThan(15);
            assertThat(reviewed.add(row.group(1) + " " + row.group(2) + " " + row.group(3).strip() + " " + row.group(4)))
                    .as("reviewed once: " + line).isTrue();
        }
        assertThat(reviewed).isEqualTo(listed);
    }

    @Test
    void aRuleFileThatListsAnIdAsBothIsRejected() {
        String file = """
                rules:
                  - id: ACME-S3-001
                    title: Buckets are tagged
                    severity: LOW
                    requirements: [3.4.1]
                    description: Untagged buckets have no owner.
                    remediation: Add tags.
                    equivalents:
                      checkov: [CKV_AWS_19]
                    related:
                      checkov: [CKV_AWS_145, CKV_AWS_19]
                    terraform:
                      resources: [aws_s3_bucket]
                      check: has(resource.tags)
                """;
        assertThatThrownBy(() -> new RuleLoader(PolicyCatalogue.bundled()::exists).read("pack/s3.yaml", file))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("pack/s3.yaml: rule ACME-S3-001: checkov check CKV_AWS_19 is listed both in \"equivalents\" and in \"related\"");
    }

    @Test
    void relatedIdsAreReadAndAnUnknownScannerIsNamed() throws Exception {
        String file = """
                rules:
                  - id: ACME-S3-001
                    title: Buckets are tagged
                    severity: LOW
                    requirements: [3.4.1]
                    description: Untagged buckets have no owner.
                    remediation: Add tags.
                    related:
                      trivy: [AVD-AWS-0132]
                    terraform:
                      resources: [aws_s3_bucket]
                      check: has(resource.tags)
                """;
        RuleLoader loader = new RuleLoader(PolicyCatalogue.bundled()::exists);
        RuleMetadata m = loader.read("pack/s3.yaml", file).get(0).metadata();
        assertThat(m.related()).containsExactly(Map.entry("trivy", List.of("AVD-AWS-0132")));
        assertThat(m.equivalents()).isEmpty();
        assertThatThrownBy(() -> loader.read("pack/s3.yaml", file.replace("trivy:", "tfsec:")))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("field \"related\" names unknown scanner \"tfsec\"");
    }

    private static List<String> reviewLines() throws IOException {
        assertThat(REVIEW).exists();
        return Files.readAllLines(REVIEW);
    }
}
