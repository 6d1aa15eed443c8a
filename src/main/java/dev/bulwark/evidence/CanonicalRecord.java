package dev.bulwark.evidence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The exact content a record hash covers: one line of compact JSON with the fields always in the
 * order below and absent values as {@code null}. The ledger stores this text verbatim next to the
 * queryable columns, so a hash can be rechecked with nothing but {@code sha256sum}, and a column
 * changed behind the ledger's back shows up as a field that differs from the hashed text.
 */
public record CanonicalRecord(long sequence, String id, String kind, List<String> requirements, String system,
                              String performedAt, String performedBy, String approvedBy, String notes,
                              List<Attachment> attachments, String recordedAt, String supersedes, String previousHash) {
    /** The first field of every canonical record; a later layout gets a new number. */
    public static final String FORMAT = "bulwark-evidence-record/1";

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper READER = new ObjectMapper();

    public CanonicalRecord {
        requirements = List.copyOf(requirements);
        attachments = List.copyOf(attachments);
    }

    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("sequence", sequence);
            g.writeStringField("id", id);
            g.writeStringField("kind", kind);
            g.writeArrayFieldStart("requirements");
            for (String r : requirements) g.writeString(r);
            g.writeEndArray();
            g.writeStringField("system", system);
            g.writeStringField("performedAt", performedAt);
            g.writeStringField("performedBy", performedBy);
            g.writeStringField("approvedBy", approvedBy);
            g.writeStringField("notes", notes);
            g.writeArrayFieldStart("attachments");
            for (Attachment a : attachments) {
                g.writeStartObject();
                g.writeStringField("name", a.name());
                g.writeNumberField("size", a.size());
                g.writeStringField("sha256", a.sha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("recordedAt", recordedAt);
            g.writeStringField("supersedes", supersedes);
            g.writeStringField("previousHash", previousHash);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public String hash() {
        return hashOf(toJson());
    }

    /** The record hash of stored canonical text: SHA-256 of its UTF-8 bytes. */
    public static String hashOf(String canonicalJson) {
        return Sha256.hex(canonicalJson.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads stored canonical text back; throws IllegalArgumentException naming what is malformed. */
    public static CanonicalRecord parse(String json) {
        JsonNode n;
        try {
            n = READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) throw new IllegalArgumentException("not a JSON object");
        if (!FORMAT.equals(n.path("format").asText())) {
            throw new IllegalArgumentException("unknown format '" + n.path("format").asText() + "'");
        }
        List<String> reqs = new ArrayList<>();
        for (JsonNode r : required(n, "requirements")) reqs.add(r.asText());
        List<Attachment> atts = new ArrayList<>();
        for (JsonNode a : required(n, "attachments")) {
            atts.add(new Attachment(required(a, "name").asText(), required(a, "size").asLong(), required(a, "sha256").asText()));
        }
        return new CanonicalRecord(required(n, "sequence").asLong(), text(n, "id"), text(n, "kind"), reqs,
                text(n, "system"), text(n, "performedAt"), text(n, "performedBy"), text(n, "approvedBy"),
                text(n, "notes"), atts, text(n, "recordedAt"), text(n, "supersedes"), text(n, "previousHash"));
    }

    private static JsonNode required(JsonNode n, String field) {
        if (!n.has(field)) throw new IllegalArgumentException("field '" + field + "' is missing");
        return n.get(field);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = required(n, field);
        return v.isNull() ? null : v.asText();
    }

    /** How an attachment shows in {@link #fields()}; also used for attachment columns read raw. */
    static String describeAttachment(String name, long size, String sha256) {
        return name + " (" + size + " bytes, sha256 " + sha256 + ")";
    }

    /** Every field by its JSON name, rendered as text, in canonical order; for naming what differs. */
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("sequence", Long.toString(sequence));
        f.put("id", id);
        f.put("kind", kind);
        f.put("requirements", String.join(", ", requirements));
        f.put("system", system);
        f.put("performedAt", performedAt);
        f.put("performedBy", performedBy);
        f.put("approvedBy", approvedBy);
        f.put("notes", notes);
        f.put("attachments", attachments.stream().map(a -> describeAttachment(a.name(), a.size(), a.sha256()))
                .collect(Collectors.joining(", ")));
        f.put("recordedAt", recordedAt);
        f.put("supersedes", supersedes);
        f.put("previousHash", previousHash);
        return f;
    }
}
