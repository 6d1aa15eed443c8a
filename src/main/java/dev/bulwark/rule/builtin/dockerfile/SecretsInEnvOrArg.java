package dev.bulwark.rule.builtin.dockerfile;

import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;

import dev.bulwark.secret.SecretFamily;
import dev.bulwark.secret.SecretJudge;
import dev.bulwark.secret.SecretValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ENV values are part of the image for anyone who can pull it, and ARG values stay in its build
 * history: neither is the place for a secret. Fails when an ENV or ARG of the stage (ENV inherited
 * from an earlier stage included) holds a secret as {@link SecretJudge#assignment} judges it: a name
 * that means a secret (password, secret, token, API key, private key, credentials…) with a literal
 * value that is not a placeholder or reference, or a value in the shape of a well-known credential
 * (an AWS access key id, a GitHub or Slack token, a private key block …) whatever its name. Names
 * that describe where a secret is rather than hold it (…_FILE, …_PATH, …_URL, …_ENDPOINT, …_HOST,
 * …_NAME and the like) do not count. An ARG without a default holds
 * nothing in the file and passes (a build argument still lands in the image history; secret mounts
 * are the better way). A value that comes from such an ARG is not literal and passes. Messages name
 * the variable, never its value.
 */
public final class SecretsInEnvOrArg extends StageLogic {
    /**
     * True when this rule fails on {@code ENV name=value} or {@code ARG name=value}: the scan's secrets pass leaves such an
     * entry to this rule, so one secret makes one finding under the id users already suppress.
     */
    public static boolean flags(String name, String value) {
        return name != null && value != null && !value.isBlank() && SecretJudge.assignment(name, value).isPresent();
    }

    @Override
    public Outcome evaluate(Resource stage, RuleContext context) {
        List<String> found = new ArrayList<>();
        String first = null;
        for (String map : List.of("env", "args")) {
            if (!(stage.attribute(map) instanceof Value.Obj vars)) continue;
            for (Map.Entry<String, Value> e : vars.fields().entrySet()) {
                if (!(e.getValue() instanceof Value.Str s) || s.value().isBlank()) continue;
                Optional<SecretValue> secret = SecretJudge.assignment(e.getKey(), s.value());
                if (secret.isEmpty()) continue;
                boolean byName = secret.get().family() == SecretFamily.GENERIC_ASSIGNMENT;
                String attribute = map + "." + e.getKey();
                found.add((map.equals("env") ? "ENV " : "ARG ") + e.getKey() + where(stage.attributeLocations().get(attribute))
                        + (byName ? "" : " (its value looks like a credential)"));
                if (first == null) first = attribute;
            }
        }
        if (found.isEmpty()) return Outcome.pass(describe(stage) + " sets no secret in ENV or ARG");
        return Outcome.fail(describe(stage) + " sets a literal secret in " + String.join(", ", found)
                + "; it stays readable in the image or its history", first);
    }

    private static String where(SourceLocation at) {
        return at == null || at.startLine() <= 0 ? "" : " on line " + at.startLine();
    }
}
