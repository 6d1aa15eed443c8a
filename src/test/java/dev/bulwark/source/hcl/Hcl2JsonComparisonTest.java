package dev.bulwark.source.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The differential test is only as good as its comparison: it must notice every kind of difference. */
class Hcl2JsonComparisonTest {
    private static final String HCL = """
            resource "aws_s3_bucket" "logs" {
              bucket = "acme-logs"
              count  = 2
              ratio  = 0.1
              tags   = { Env = "prod", "Team" = "a" }
              list   = ["a", 1, true, null]
              expr   = var.x + 1
              mixed  = [var.x, "lit"]
              escape = "$${x} and %%{y}"
              versioning { enabled = true }
              rule { id = "one" }
              rule { id = "two" }
            }
            terraform {}
            """;

    private static final String AGREEING_JSON = """
            {"resource": {"aws_s3_bucket": {"logs": [{
              "bucket": "acme-logs", "count": 2, "ratio": 0.1,
              "tags": {"Env": "prod", "Team": "a"},
              "list": ["a", 1, true, null],
              "expr": "${var.x + 1}",
              "mixed": ["${var.x}", "lit"],
              "escape": "$${x} and %%{y}",
              "versioning": [{"enabled": true}],
              "rule": [{"id": "one"}, {"id": "two"}]
            }]}},
            "terraform": [{}]}
            """;

    private static List<String> mismatches(String json) throws Exception {
        Hcl2JsonComparison comparison = new Hcl2JsonComparison();
        comparison.compareBody(HclParser.parse("t.tf", HCL).body(), new ObjectMapper().readTree(json), "");
        return comparison.mismatches();
    }

    @Test
    void agreeingOutputHasNoMismatches() throws Exception {
        Hcl2JsonComparison comparison = new Hcl2JsonComparison();
        comparison.compareBody(HclParser.parse("t.tf", HCL).body(), new ObjectMapper().readTree(AGREEING_JSON), "");
        assertThat(comparison.mismatches()).isEmpty();
        assertThat(comparison.blocksCompared()).isEqualTo(5);
        assertThat(comparison.attributesCompared()).isEqualTo(11);
        assertThat(comparison.literalsCompared()).isGreaterThanOrEqualTo(9);
    }

    @Test
    void aDifferentLiteralIsReportedWithItsPath() throws Exception {
        assertThat(mismatches(AGREEING_JSON.replace("\"acme-logs\"", "\"acme-log\"")))
                .containsExactly("resource[\"aws_s3_bucket\"][\"logs\"][0].bucket: Bulwark has \"acme-logs\", hcl2json has \"acme-log\"");
        assertThat(mismatches(AGREEING_JSON.replace("\"ratio\": 0.1", "\"ratio\": 0.10000001"))).hasSize(1);
        assertThat(mismatches(AGREEING_JSON.replace("[\"a\", 1, true, null]", "[\"a\", 1, false, null]")))
                .singleElement().asString().contains(".list[2]");
        assertThat(mismatches(AGREEING_JSON.replace("\"Team\": \"a\"", "\"Team\": \"b\""))).singleElement().asString()
                .contains(".tags.Team");
    }

    @Test
    void unescapedTemplateMarkersAreADifference() throws Exception {
        assertThat(mismatches(AGREEING_JSON.replace("$${x} and %%{y}", "${x} and %{y}"))).hasSize(1);
    }

    @Test
    void structuralDifferencesAreReported() throws Exception {
        assertThat(mismatches(AGREEING_JSON.replace("\"logs\"", "\"log\"")))
                .anySatisfy(m -> assertThat(m).contains("[\"logs\"]: block label missing"))
                .anySatisfy(m -> assertThat(m).contains("[\"log\"]: hcl2json has a block with this label"));
        assertThat(mismatches(AGREEING_JSON.replace("{\"id\": \"one\"}, ", "")))
                .containsExactly("resource[\"aws_s3_bucket\"][\"logs\"][0].rule: Bulwark has 2 block(s), hcl2json has 1");
        assertThat(mismatches(AGREEING_JSON.replace("\"terraform\": [{}]", "\"terraform\": [{}], \"extra\": 1")))
                .containsExactly("extra: hcl2json has this key but Bulwark has no such attribute or block");
        assertThat(mismatches(AGREEING_JSON.replace("\"count\": 2,", "")))
                .containsExactly("resource[\"aws_s3_bucket\"][\"logs\"][0].count: attribute missing in hcl2json output");
        assertThat(mismatches(AGREEING_JSON.replace("[\"${var.x}\", \"lit\"]", "[\"${var.x}\"]"))).hasSize(1);
    }

    @Test
    void expressionsOnlyNeedToBePresent() throws Exception {
        assertThat(mismatches(AGREEING_JSON.replace("${var.x + 1}", "anything at all"))).isEmpty();
    }
}
