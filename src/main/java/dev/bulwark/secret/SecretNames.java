package dev.bulwark.secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a key's name says it holds a secret. The name is split into words at separators and at
 * lower-to-upper case changes ({@code dbPassword}, {@code DB_PASSWORD}, {@code db-password} are all
 * {@code db password}); it means a secret when one of its words is a secret word ({@code password},
 * {@code secret}, {@code token}, {@code credentials} …) or two neighbouring words are a secret pair
 * ({@code api key}, {@code private key}, {@code access key}, {@code account key} …) or a word ends in
 * one ({@code DBPASSWORD}, {@code jwtsecret}), unless its last
 * word says it locates or describes a secret instead of holding it ({@code password_file},
 * {@code token_url}, {@code secret_arn}, {@code kms_key_id}, {@code secret_name},
 * {@code minimum_password_length}, {@code secretKeyRef}, {@code password_reset_required} …).
 */
final class SecretNames {
    private static final Set<String> SECRET_WORDS = Set.of(
            "password", "passwords", "passwd", "pwd", "pass", "passphrase", "secret", "secrets", "token", "tokens",
            "credential", "credentials", "creds", "apikey", "apikeys", "privatekey", "accesskey", "secretkey", "authkey",
            "clientsecret", "authtoken", "accesstoken", "refreshtoken", "accountkey", "sastoken", "signingkey", "masterkey");
    /** Endings that make a run-together word a secret word ({@code dbpassword}, {@code jwtsecret}, {@code npmtoken}). */
    private static final java.util.List<String> SECRET_ENDINGS = java.util.List.of(
            "password", "passwd", "passphrase", "secret", "token", "apikey", "privatekey", "accesskey", "secretkey", "credentials");
    private static final Set<String> SECRET_PAIRS = Set.of(
            "api key", "access key", "private key", "secret key", "auth key", "signing key", "encryption key",
            "master key", "account key", "shared key", "sas key", "client secret", "connection string");
    private static final Set<String> LOCATOR_WORDS = Set.of(
            "file", "files", "path", "paths", "dir", "directory", "url", "uri", "endpoint", "host", "hostname", "port",
            "arn", "arns", "id", "ids", "name", "names", "length", "len", "version", "versions", "type", "ttl", "expiry",
            "expiration", "expires", "header", "mode", "enabled", "enable", "disabled", "required", "ref", "reference",
            "location", "policy", "count", "prefix", "suffix", "format", "min", "max", "size", "rotation", "rotate",
            "days", "seconds", "interval", "period", "timeout", "hash", "algorithm", "template", "field", "store",
            "manager", "provider", "backend", "engine", "mount", "label", "labels", "description", "selector",
            "authentication", "env", "var", "variable", "source", "generation", "generate", "kms");

    private SecretNames() {
    }

    static boolean meansSecret(String name) {
        List<String> words = words(name);
        if (words.isEmpty() || LOCATOR_WORDS.contains(words.get(words.size() - 1))) return false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (SECRET_WORDS.contains(w)) return true;
            for (String ending : SECRET_ENDINGS) if (w.endsWith(ending)) return true;
            if (i + 1 < words.size() && SECRET_PAIRS.contains(words.get(i) + " " + words.get(i + 1))) return true;
        }
        return false;
    }

    /** Lower-case words of a name: split at anything but letters and digits, and where a lower-case letter meets an upper-case one. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(w, out);
                continue;
            }
            boolean lowerThenUpper = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
            if (lowerThenUpper) flush(w, out);
            w.append(c);
        }
        flush(w, out);
        return out;
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (!w.isEmpty()) out.add(w.toString().toLowerCase(Locale.ROOT));
        w.setLength(0);
    }
}
