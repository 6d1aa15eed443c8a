package dev.bulwark.source.git;

import dev.bulwark.model.change.Person;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository the change-approval tests judge: direct pushes, trailer approvals and
 * self-approvals, merges and squashes of pull requests (approved, self-approved, approved too late,
 * dismissed), files that are not infrastructure, and a local merge of a hotfix branch. The pull
 * requests are in {@code src/test/resources/changes/pull-requests.json}, whose {@code {{sha:NAME}}}
 * placeholders {@link #writeBundle} fills with the shas made here.
 */
public final class ApprovalScenario {
    public static final Person ALICE = new Person("Alice Admin", "alice@example.com");
    public static final Person BOB = new Person("Bob Reviewer", "bob@example.com");
    public static final Person CAROL = new Person("Carol Ops", "carol@example.com");
    public static final Person DANA = new Person("Dana Dev", "dana@example.com");
    public static final Person ERIN = new Person("Erin Engineer", "erin@example.com");
    public static final Person FRANK = new Person("Frank Field", "frank@example.com");

    /** The fixed "now" of the tests, and the default period's start in them. */
    public static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    public static final Instant SINCE = Instant.parse("2026-03-01T00:00:00Z");

    /** Commit name → sha, in the order made. */
    public final Map<String, String> sha = new LinkedHashMap<>();
    public final Path dir;

    private ApprovalScenario(Path dir) {
        this.dir = dir;
    }

    public static ApprovalScenario build(Path dir) {
        ApprovalScenario s = new ApprovalScenario(dir);
        try (TestRepository r = TestRepository.init(dir)) {
            s.make(r);
        }
        return s;
    }

    public String shortSha(String name) {
        return sha.get(name).substring(0, 7);
    }

    private void make(TestRepository r) {
        r.write("main.tf", "resource \"aws_instance\" \"app\" {\n  instance_type = \"t3.small\"\n}\n").write("README.md", "# Platform\n");
        sha.put("initial", r.commit("Initial infrastructure", ALICE, t("2026-02-01T09:00:00Z")));

        r.write("main.tf", "resource \"aws_instance\" \"app\" {\n  instance_type = \"t3.large\"\n}\n");
        sha.put("direct", r.commit("Raise the instance size", DANA, t("2026-03-05T09:00:00Z")));

        r.write("logging.tf", "resource \"aws_cloudwatch_log_group\" \"app\" {\n  retention_in_days = 365\n}\n");
        sha.put("trailer", r.commit("Add a log group\n\nKeeps a year of application logs.\n\nApproved-by: Bob Reviewer <bob@example.com>\n",
                ERIN, t("2026-03-10T09:00:00Z")));

        r.write("network.tf", "resource \"aws_security_group\" \"ssh\" {}\n");
        sha.put("self", r.commit("Open SSH for debugging\n\nApproved-by: Carol Ops <carol@example.com>\n", CAROL, t("2026-03-15T09:00:00Z")));

        r.write("README.md", "# Platform\n\nOne VPC, one app.\n");
        sha.put("readme", r.commit("Document the layout", DANA, t("2026-03-20T09:00:00Z")));

        r.branch("add-bucket");
        r.write("storage.tf", "resource \"aws_s3_bucket\" \"assets\" {}\n");
        sha.put("bucket-1", r.commit("Add the assets bucket", ERIN, t("2026-03-21T09:00:00Z")));
        r.write("storage.tf", "resource \"aws_s3_bucket\" \"assets\" {\n  bucket = \"acme-assets\"\n}\n");
        sha.put("bucket-2", r.commit("Name the bucket", ERIN, t("2026-03-22T09:00:00Z")));
        r.checkout("main");
        sha.put("merge-12", r.merge("add-bucket", "Merge pull request #12 from erin-eng/add-bucket\n\nAdd the assets bucket", ERIN,
                t("2026-03-25T10:00:00Z")));

        r.branch("open-port");
        r.write("network.tf", "resource \"aws_security_group\" \"ssh\" {}\nresource \"aws_security_group\" \"app\" {}\n");
        sha.put("port-1", r.commit("Open the app port", FRANK, t("2026-04-02T09:00:00Z")));
        r.checkout("main");
        sha.put("merge-13", r.merge("open-port", "Merge pull request #13 from frank-f/open-port\n\nOpen the app port", FRANK,
                t("2026-04-05T10:00:00Z")));

        r.write("storage.tf", "resource \"aws_s3_bucket\" \"assets\" {\n  bucket = \"acme-assets\"\n  force_destroy = false\n}\n");
        sha.put("squash-15", r.commit("Tighten the bucket (#15)", CAROL, t("2026-04-10T10:00:00Z")));

        r.write("k8s/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n");
        sha.put("k8s", r.commit("Deploy the app on the cluster\n\nReviewed-by: Bob Reviewer\n", DANA, t("2026-04-15T10:00:00Z")));

        r.write(".github/workflows/ci.yml", "on: push\n");
        sha.put("ci", r.commit("Run CI on push", DANA, t("2026-04-18T10:00:00Z")));

        r.write("nat.tf", "resource \"aws_nat_gateway\" \"egress\" {}\n");
        sha.put("squash-16", r.commit("Widen the NAT egress (#16)", DANA, t("2026-04-20T17:00:00Z")));

        r.write("kms.tf", "resource \"aws_kms_alias\" \"app\" {}\n");
        sha.put("squash-18", r.commit("Rotate the KMS key alias (#18)", ERIN, t("2026-04-26T10:00:00Z")));

        r.branch("hotfix");
        r.write("main.tf", "resource \"aws_instance\" \"app\" {\n  instance_type = \"t3.medium\"\n}\n");
        sha.put("hotfix-1", r.commit("Shrink the instance again\n\nApproved-by: Erin Engineer <erin@example.com>\n", FRANK,
                t("2026-05-02T09:00:00Z")));
        r.write("variables.tf", "variable \"size\" {}\n");
        sha.put("hotfix-2", r.commit("Add a size variable", FRANK, t("2026-05-03T09:00:00Z")));
        r.checkout("main");
        sha.put("merge-local", r.merge("hotfix", "Merge branch 'hotfix'", FRANK, t("2026-05-04T09:00:00Z")));
    }

    /** Writes the pull-request bundle fixture with this repository's shas to {@code target}. */
    public Path writeBundle(Path target) throws IOException {
        String template;
        try (InputStream in = ApprovalScenario.class.getResourceAsStream("/changes/pull-requests.json")) {
            if (in == null) throw new IOException("fixture changes/pull-requests.json missing");
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("\\{\\{sha:([a-z0-9-]+)}}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = sha.get(name);
            if (value == null) throw new IllegalArgumentException("the fixture names commit " + name + ", which the scenario does not make");
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
        return target;
    }

    private static Instant t(String iso) {
        return Instant.parse(iso);
    }
}
