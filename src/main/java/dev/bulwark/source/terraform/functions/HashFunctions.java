package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Hashes, UUIDs and the functions whose result changes on every run. */
final class HashFunctions {
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private HashFunctions() {}

    static List<Builtin> all() {
        return List.of(
                Builtin.of("md5", 1, a -> hex("MD5", a.string(0))),
                Builtin.of("sha1", 1, a -> hex("SHA-1", a.string(0))),
                Builtin.of("sha256", 1, a -> hex("SHA-256", a.string(0))),
                Builtin.of("sha512", 1, a -> hex("SHA-512", a.string(0))),
                Builtin.of("base64sha256", 1, a -> b64("SHA-256", a.string(0))),
                Builtin.of("base64sha512", 1, a -> b64("SHA-512", a.string(0))),
                Builtin.of("uuidv5", 2, a -> Value.of(uuidv5(a, a.string(0), a.string(1)))),
                Builtin.of("uuid", 0, a -> Convert.computed("uuid() returns a different value on every run")),
                Builtin.of("timestamp", 0, a -> Convert.computed("timestamp() returns the time of the run")),
                Builtin.of("plantimestamp", 0, a -> Convert.computed("plantimestamp() returns the time of the plan")),
                Builtin.of("bcrypt", 1, 2, a -> Convert.computed("bcrypt() uses a random salt on every run")),
                Builtin.of("rsadecrypt", 2, a -> Value.unknown(UnknownReason.UNSUPPORTED_FUNCTION,
                        "rsadecrypt() needs a private key")));
    }

    static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks " + algorithm, e);
        }
    }

    static Value hex(String algorithm, String s) {
        return hex(algorithm, s.getBytes(StandardCharsets.UTF_8));
    }

    static Value hex(String algorithm, byte[] data) {
        return Value.of(HexFormat.of().formatHex(digest(algorithm, data)));
    }

    static Value b64(String algorithm, String s) {
        return b64(algorithm, s.getBytes(StandardCharsets.UTF_8));
    }

    static Value b64(String algorithm, byte[] data) {
        return Value.of(Base64.getEncoder().encodeToString(digest(algorithm, data)));
    }

    /** RFC 4122 name-based UUID with SHA-1; the namespace is dns, url, oid, x500 or a UUID. */
    private static String uuidv5(Args a, String namespace, String name) throws FunctionException {
        String ns = switch (namespace) {
            case "dns" -> "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
            case "url" -> "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
            case "oid" -> "6ba7b812-9dad-11d1-80b4-00c04fd430c8";
            case "x500" -> "6ba7b814-9dad-11d1-80b4-00c04fd430c8";
            default -> namespace;
        };
        if (!UUID.matcher(ns).matches()) {
            throw a.argError(0, "must be dns, url, oid, x500 or a UUID, got " + Json.quote(namespace));
        }
        byte[] nsBytes = HexFormat.of().parseHex(ns.replace("-", ""));
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[nsBytes.length + nameBytes.length];
        System.arraycopy(nsBytes, 0, input, 0, nsBytes.length);
        System.arraycopy(nameBytes, 0, input, nsBytes.length, nameBytes.length);
        byte[] hash = digest("SHA-1", input);
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // RFC 4122 variant
        String h = HexFormat.of().formatHex(hash, 0, 16).toLowerCase(Locale.ROOT);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                + "-" + h.substring(20, 32);
    }
}
