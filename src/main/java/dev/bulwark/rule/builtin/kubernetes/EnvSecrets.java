package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Value;
import dev.bulwark.secret.SecretFamily;
import dev.bulwark.secret.SecretJudge;
import dev.bulwark.secret.SecretValue;

import java.util.List;
import java.util.Optional;

/**
 * No container writes a secret into its manifest: an {@code env} entry holding a secret as
 * {@link SecretJudge#assignment} judges it fails — a name that says it holds a secret (password,
 * token, secret, API or access key, private key, credentials) with a literal value, or any value in
 * the shape of a known credential (an AWS access key id, a private key, a GitHub token …). Values
 * taken from a Secret ({@code valueFrom.secretKeyRef}), empty values, placeholders and
 * {@code $(VAR)} references pass.
 */
public final class EnvSecrets extends WorkloadCheck {
    /**
     * True when this rule fails on a container's {@code env} entry {@code name: value}: the scan's secrets pass leaves such an
     * entry to this rule, so one secret makes one finding under the id users already suppress.
     */
    public static boolean flags(String name, String value) {
        return name != null && value != null && !value.isBlank() && SecretJudge.assignment(name, value).isPresent();
    }

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
                if (name == null || value == null || value.isBlank()) continue;
                Optional<SecretValue> secret = SecretJudge.assignment(name, value);
                if (secret.isEmpty()) continue;
                if (secret.get().family() != SecretFamily.GENERIC_ASSIGNMENT) {
                    out.add(new Violation(c.path("env[" + i + "].value"), c.describe() + " sets " + name + " to what looks like a key"));
                } else {
                    out.add(new Violation(c.path("env[" + i + "].value"), c.describe() + " sets " + name
                            + " to a literal value; take it from a Secret with valueFrom.secretKeyRef"));
                }
            }
        }
    }
}
