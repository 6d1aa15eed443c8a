package dev.bulwark.cli;

import java.nio.file.Path;

/** Rule packs written by CLI tests, so they do not depend on which built-in rules exist. */
final class CustomRules {
    private CustomRules() {}

    /** One rule; {@code severity} null leaves the field out. */
    static String rule(String id, String severity, String check) {
        return "rules:\n"
                + "  - id: " + id + "\n"
                + "    title: Buckets carry tags\n"
                + (severity == null ? "" : "    severity: " + severity + "\n")
                + "    requirements: [3.4.1]\n"
                + "    description: Untagged buckets have no owner to ask.\n"
                + "    remediation: Add tags.\n"
                + "    equivalents:\n"
                + "      trivy: [AVD-TEST-1]\n"
                + "      checkov: [CKV_TEST_1]\n"
                + "    terraform:\n"
                + "      resources: [aws_s3_bucket]\n"
                + "      check: \"" + check.replace("\"", "\\\"") + "\"\n";
    }

    /** A pack with ACME-S3-900: CRITICAL, fails when acl is public-read. */
    static Path aclPack(Path parent) {
        Path pack = parent.resolve("pack");
        ScanCommandTest.write(pack, "acl.yaml", """
                rules:
                  - id: ACME-S3-900
                    title: Buckets are not readable by everyone
                    severity: CRITICAL
                    requirements: [3.4.1]
                    description: A bucket with the public-read canned ACL lets anyone read its objects.
                    remediation: Remove the acl argument or set it to private.
                    terraform:
                      resources: [aws_s3_bucket]
                      check: "!has(resource.acl) || resource.acl != 'public-read'"
                      attribute: acl
                """);
        return pack;
    }
}
