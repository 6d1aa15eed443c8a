package dev.bulwark.source.host.accounts;

import java.util.Locale;
import java.util.Optional;

/** Password hashing schemes of crypt(3), as login.defs, PAM and shadow hashes name them. */
public enum HashMethod {
    DES(false), BIGCRYPT(false), MD5(false), SHA256(true), SHA512(true), BCRYPT(true), YESCRYPT(true), GOST_YESCRYPT(true);

    private final boolean strong;

    HashMethod(boolean strong) {
        this.strong = strong;
    }

    /** SHA-256 and SHA-512 crypt, bcrypt and yescrypt are salted, slow, tunable hashes; DES, bigcrypt and MD5 crypt are not. */
    public boolean strong() {
        return strong;
    }

    /** A login.defs ENCRYPT_METHOD value. */
    public static Optional<HashMethod> ofLoginDefs(String value) {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "DES" -> Optional.of(DES);
            case "MD5" -> Optional.of(MD5);
            case "SHA256" -> Optional.of(SHA256);
            case "SHA512" -> Optional.of(SHA512);
            case "BCRYPT" -> Optional.of(BCRYPT);
            case "YESCRYPT" -> Optional.of(YESCRYPT);
            default -> Optional.empty();
        };
    }

    /** A pam_unix option naming a hash: md5, bigcrypt, sha256, sha512, blowfish, yescrypt, gost_yescrypt. */
    public static Optional<HashMethod> ofPamOption(String option) {
        return switch (option) {
            case "md5" -> Optional.of(MD5);
            case "bigcrypt" -> Optional.of(BIGCRYPT);
            case "sha256" -> Optional.of(SHA256);
            case "sha512" -> Optional.of(SHA512);
            case "blowfish" -> Optional.of(BCRYPT);
            case "yescrypt" -> Optional.of(YESCRYPT);
            case "gost_yescrypt" -> Optional.of(GOST_YESCRYPT);
            default -> Optional.empty();
        };
    }

    /** The scheme of a stored hash by its prefix; null for a locked or empty field. */
    public static HashMethod ofHash(String hash) {
        if (hash.isEmpty() || hash.startsWith("!") || hash.startsWith("*")) return null;
        if (hash.startsWith("$1$")) return MD5;
        if (hash.startsWith("$5$")) return SHA256;
        if (hash.startsWith("$6$")) return SHA512;
        if (hash.startsWith("$2a$") || hash.startsWith("$2b$") || hash.startsWith("$2y$")) return BCRYPT;
        if (hash.startsWith("$y$")) return YESCRYPT;
        if (hash.startsWith("$gy$")) return GOST_YESCRYPT;
        if (hash.startsWith("$")) return null;
        return hash.length() > 13 ? BIGCRYPT : DES;
    }
}
