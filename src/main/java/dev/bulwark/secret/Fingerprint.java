package dev.bulwark.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stable name for a secret that does not reveal it: the first {@value #LENGTH} hex characters of
 * SHA-256 over {@link #SALT} followed by the secret's UTF-8 bytes. The same secret gives the same
 * fingerprint on every run and machine, so a suppression ({@code bulwark:ignore BW-SECRET-001
 * fingerprint=…}) keeps naming it after the file moves or changes around it.
 *
 * <p>Why salted: other tools publish unsalted SHA-256 (or SHA-1) hashes of secrets, and lists of
 * hashes of common passwords are easy to get. A bare hash of a short password in a report could be
 * looked up in such a list, or matched against another tool's output, to confirm a guess. The salt
 * is public (it is this constant) and so does not stop a determined search for one value, but it
 * makes every precomputed list useless; truncating to 64 bits leaves enough to tell secrets apart
 * in one repository and less to confirm a guess with. The salt names the fingerprint format's
 * version: a new format gets a new salt, and fingerprints written with the old one stop matching.
 */
public final class Fingerprint {
    /** The fixed salt of fingerprint format version 1. */
    public static final String SALT = "bulwark-secret-fingerprint-v1\n";
    /** Hex characters kept (64 bits). */
    public static final int LENGTH = 16;

    private Fingerprint() {
    }

    public static String of(CharSequence secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(SALT.getBytes(StandardCharsets.UTF_8));
            sha.update(secret.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** True when {@code text} has the shape of a fingerprint (16 lower-case hex characters). */
    public static boolean isFingerprint(String text) {
        if (text == null || text.length() != LENGTH) return false;
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) return false;
        }
        return true;
    }
}
