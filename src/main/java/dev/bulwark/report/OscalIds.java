package dev.bulwark.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Identifiers in Bulwark's OSCAL documents. UUIDs are name-based (version 5, RFC 4122 §4.3) in
 * Bulwark's own namespace, from keys that name the subject and nothing about the run, so the same
 * subject has the same UUID in every run; docs/oscal.md lists the keys. Control and group ids are
 * the requirement and section numbers behind a prefix, as OSCAL ids must start with a letter.
 */
final class OscalIds {
    /** Bulwark's UUID namespace: a fixed random UUID, never to change (every UUID derives from it). */
    static final UUID NAMESPACE = UUID.fromString("6f1c2a4e-8d3b-4b7a-9c55-2e0f4d9a7b13");
    /** The namespace of Bulwark's own property names. */
    static final String PROPERTY_NS = SarifReport.INFORMATION_URI + "ns/oscal";
    static final String OSCAL_VERSION = "1.1.3";

    private OscalIds() {}

    /** The version-5 UUID of {@code key} in Bulwark's namespace. */
    static String uuid(String key) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(key.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // the RFC 4122 variant
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(b.getLong(), b.getLong()).toString();
    }

    /** {@code req-3.4.2} for requirement 3.4.2. */
    static String control(String requirementId) {
        return "req-" + requirementId;
    }

    /** The id of a requirement's statement part, which findings target. */
    static String statement(String requirementId) {
        return control(requirementId) + "_smt";
    }

    /** {@code sec-3.4} for section 3.4. */
    static String group(String sectionId) {
        return "sec-" + sectionId;
    }

    /** A file path as a relative URI reference (spaces and the like escaped); null when there is no file. */
    static String href(String file) {
        if (file == null || file.isBlank()) return null;
        try {
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
