package dev.bulwark.secret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * JSON Web Tokens signed with a shared secret (RFC 7519, JWS compact form of RFC 7515): three
 * base64url parts separated by dots, a header that decodes to a JSON object whose {@code alg} is
 * {@code HS256}, {@code HS384} or {@code HS512} (RFC 7518 section 3.2), a payload that decodes to a
 * JSON object, and a signature of that algorithm's length (32, 48 or 64 bytes: 43, 64 or 86
 * characters). Every JWT starts with {@code eyJ}, the base64url of {@code {"}. Tokens signed with a
 * key pair (RS256, ES256 …) or not signed ({@code none}) are not reported: a public key verifies them
 * and nothing of a shared secret is in them.
 */
final class JwtDetector implements Detector {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Integer> SIGNATURE_CHARS = Map.of("HS256", 43, "HS384", 64, "HS512", 86);
    private static final int MAX_PART = 8192;

    @Override
    public List<String> anchors() {
        return List.of("eyJ");
    }

    @Override
    public void verify(CharSequence text, String anchor, int at, Consumer<Candidate> out) {
        char before = Chars.at(text, at - 1);
        if (Chars.base64Url(before) || before == '.') return;
        int header = Chars.run(text, at, MAX_PART, Chars::base64Url);
        if (Chars.at(text, at + header) != '.') return;
        int payloadAt = at + header + 1;
        int payload = Chars.run(text, payloadAt, MAX_PART, Chars::base64Url);
        if (payload < 4 || Chars.at(text, payloadAt + payload) != '.') return;
        int signatureAt = payloadAt + payload + 1;
        int signature = Chars.run(text, signatureAt, 100, Chars::base64Url);
        if (Chars.at(text, signatureAt + signature) == '.' || Chars.base64Url(Chars.at(text, signatureAt + signature))) return;
        JsonNode h = json(text.subSequence(at, at + header));
        if (h == null || !h.path("alg").isTextual()) return;
        Integer expected = SIGNATURE_CHARS.get(h.path("alg").asText());
        if (expected == null || signature != expected) return;
        if (json(text.subSequence(payloadAt, payloadAt + payload)) == null) return;
        int end = signatureAt + signature;
        out.accept(Candidate.of(SecretFamily.JWT, at, end, text.subSequence(at, end).toString(), "JSON Web Token signed with " + h.path("alg").asText()));
    }

    /** The JSON object a base64url part decodes to, or null. */
    private static JsonNode json(CharSequence part) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(part.toString());
            JsonNode node = JSON.readTree(bytes);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            // Not base64url or not JSON: not a token
            return null;
        }
    }
}
