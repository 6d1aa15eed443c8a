package dev.bulwark.secret;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one judgement of "is this assignment a secret?" for callers that read a format's structure
 * (a Terraform attribute, a YAML key, a Dockerfile ENV or ARG, an env entry of a workflow or Pod):
 * they pass the key's name and its literal value.
 *
 * <ul>
 *   <li>A value with the shape of a known credential ({@link SecretScanner}) is a secret whatever
 *       its name.</li>
 *   <li>Otherwise it is a secret when its name means one ({@link #secretName(String)}) and the value
 *       is a literal that could be one ({@link #literalSecret(String)}).</li>
 * </ul>
 * A vendor's documentation example is a secret here: only obvious placeholders are not.
 */
public final class SecretJudge {
    /** Values shorter than this are not taken for a secret by name alone. */
    static final int MIN_LENGTH = 4;
    /** Values shorter than this count only when they are not too regular (Shannon entropy, bits per character). */
    static final int SHORT = 8;
    static final double SHORT_MIN_ENTROPY = 1.5;
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+([.][0-9]+)?");
    private static final Pattern TERRAFORM_REFERENCE = Pattern.compile(
            "(var|local|module|data|each|count|self|path|terraform)\\.[A-Za-z0-9_.\\[\\]\"*-]+|[a-z][a-z0-9_]*\\.[a-z0-9_-]+\\.[a-z0-9_.\\[\\]\"*-]+");
    private static final Pattern SHELL_VARIABLE = Pattern.compile("\\$\\{?[A-Za-z_][A-Za-z0-9_]*}?");
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://\\S+");
    private static final List<String> REFERENCE_PREFIXES = List.of(
            "arn:aws:secretsmanager:", "arn:aws-us-gov:secretsmanager:", "arn:aws-cn:secretsmanager:", "arn:aws:ssm:",
            "arn:aws-us-gov:ssm:", "arn:aws-cn:ssm:", "arn:aws:kms:", "ssm:", "vault:", "secretsmanager:", "awssm:",
            "op://", "sm://", "gcpsm://", "azkv://", "ref+", "enc[", "keyvault:", "resolve:");
    private static final List<String> INTERPOLATIONS = List.of("${", "{{", "$(", "#{", "%{", "<%");

    private SecretJudge() {
    }

    /**
     * The secret in {@code key = value}, if it holds one: a shaped secret of its family when the value
     * has a known credential's shape, otherwise a {@link SecretFamily#GENERIC_ASSIGNMENT} when the name
     * means a secret and the value is a literal that could be one.
     */
    public static Optional<SecretValue> assignment(String key, String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        List<SecretMatch> shaped = SecretScanner.standard().scan(value);
        if (!shaped.isEmpty()) return Optional.of(shaped.get(0).secret());
        if (key != null && secretName(key) && literalSecret(value)) {
            return Optional.of(SecretValue.of(SecretFamily.GENERIC_ASSIGNMENT, value.strip()));
        }
        return Optional.empty();
    }

    /** Whether a key's name says it holds a secret; see {@link SecretNames}. */
    public static boolean secretName(String key) {
        return key != null && SecretNames.meansSecret(key);
    }

    /**
     * Whether a literal value under a secret name could be the secret: not empty, not an obvious
     * placeholder, not a reference or interpolation, not a boolean or short number, not prose, not a
     * path or URL (those locate a secret), and, when short, not too regular.
     */
    public static boolean literalSecret(String value) {
        if (value == null) return false;
        String v = value.strip();
        if (v.length() < MIN_LENGTH) return false;
        if (placeholder(v) || reference(v)) return false;
        String lower = v.toLowerCase(Locale.ROOT);
        if (List.of("true", "false", "yes", "no", "on", "off", "null", "none", "nil").contains(lower)) return false;
        if (NUMBER.matcher(v).matches() && v.length() < SHORT) return false;
        if (prose(v)) return false;
        if (v.startsWith("/") || v.startsWith("./") || v.startsWith("~/") || URL.matcher(v).matches()) return false;
        return v.length() >= SHORT || Chars.entropy(v) >= SHORT_MIN_ENTROPY;
    }

    /** An obvious stand-in for a secret: {@code <your-key>}, {@code xxxx}, {@code changeme}, {@code REPLACE_ME}, {@code ***} …; see {@link Placeholders}. */
    public static boolean placeholder(String value) {
        return value != null && Placeholders.placeholder(value);
    }

    /**
     * A value that refers to a secret kept elsewhere or is filled in later: an interpolation
     * ({@code ${var.x}}, {@code ${{ secrets.X }}}, {@code {{ .Values.x }}}, {@code $(VAR)}, {@code $VAR}),
     * a Terraform reference ({@code var.x}, {@code random_password.db.result}), a Secrets Manager or
     * SSM Parameter Store ARN, or a secret-store reference ({@code ssm:…}, {@code vault:…},
     * {@code op://…}, a SOPS {@code ENC[…]} value).
     */
    public static boolean reference(String value) {
        if (value == null) return false;
        String v = value.strip();
        for (String i : INTERPOLATIONS) if (v.contains(i)) return true;
        String lower = v.toLowerCase(Locale.ROOT);
        for (String p : REFERENCE_PREFIXES) if (lower.startsWith(p)) return true;
        return SHELL_VARIABLE.matcher(v).matches() || TERRAFORM_REFERENCE.matcher(v).matches();
    }

    /** Three or more words of letters separated by spaces: a description, not a secret. */
    private static boolean prose(String v) {
        String[] words = v.split("\\s+");
        if (words.length < 3) return false;
        for (String w : words) {
            if (!w.replaceAll("[.,;:!?'()]", "").chars().allMatch(Character::isLetter)) return false;
        }
        return true;
    }
}
