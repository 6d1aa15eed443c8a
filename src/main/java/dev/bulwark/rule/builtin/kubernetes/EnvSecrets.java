package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Value;

import java.util.List;
import java.util.regex.Pattern;

/**
 * No container writes a secret into its manifest: an {@code env} entry whose name says it holds a
 * secret (password, token, secret, API or access key, private key, credentials) with a literal value
 * fails, as does any value that looks like an AWS access key id or a private key. Values taken from
 * a Secret ({@code valueFrom.secretKeyRef}), empty values and {@code $(VAR)} references pass.
 */
public final class EnvSecrets extends WorkloadCheck {
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL).*");
    private static final Pattern SECRET_VALUE = Pattern.compile("(AKIA|ASIA)[0-9A-Z]{16}|-----BEGIN [A-Z ]*PRIVATE KEY-----.*", Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("\\$\\([A-Za-z_][A-Za-z0-9_]*\\)");

    @Override
    String passes() {
        return "writes no secret literally in a container's env";
    }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        for (Container c : pod.containers()) {
            List<Value> env = K8s.list(c.fields().get("env"));
            for (int i = 0; i < env.size(); i++) {
                String name = K8s.text(K8s.at(env.get(i), "name"));
                String value = K8s.text(K8s.at(env.get(i), "value"));
                if (name == null || value == null || value.isBlank() || REFERENCE.matcher(value.strip()).matches()) continue;
                if (SECRET_VALUE.matcher(value.strip()).matches()) {
                    out.add(new Violation(c.path("env[" + i + "].value"), c.describe() + " sets " + name + " to what looks like a key"));
                } else if (SECRET_NAME.matcher(name).matches()) {
                    out.add(new Violation(c.path("env[" + i + "].value"), c.describe() + " sets " + name
                            + " to a literal value; take it from a Secret with valueFrom.secretKeyRef"));
                }
            }
        }
    }
}
