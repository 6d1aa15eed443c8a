package dev.bulwark.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** Records as readable JSON, for {@code list}/{@code show --format json} and the export bundle. */
public final class EvidenceJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvidenceJson() {}

    /** A record with everything stored, plus {@code supersededBy}, which is derived and not part of the hash. */
    public static ObjectNode record(EvidenceRecord r, EvidenceIndex index) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", r.id());
        n.put("sequence", r.sequence());
        n.put("kind", r.kind().slug());
        ArrayNode reqs = n.putArray("requirements");
        r.requirements().forEach(reqs::add);
        n.put("system", r.system());
        n.put("performedAt", r.performedAt().text());
        n.put("performedBy", r.performedBy());
        n.put("approvedBy", r.approvedBy());
        n.put("notes", r.notes());
        ArrayNode atts = n.putArray("attachments");
        for (Attachment a : r.attachments()) {
            ObjectNode an = atts.addObject();
            an.put("name", a.name());
            an.put("size", a.size());
            an.put("sha256", a.sha256());
        }
        n.put("recordedAt", r.recordedAt().toString());
        n.put("supersedes", r.supersedes());
        n.put("supersededBy", index.supersededBy(r.id()).orElse(null));
        n.put("previousHash", r.previousHash());
        n.put("recordHash", r.recordHash());
        return n;
    }

    /** Indented JSON text, ending with a newline. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** The export bundle's {@code ledger.json}. */
    public static ObjectNode bundleManifest(ChainHead head, java.time.Instant exportedAt, int records, int attachments) {
        ObjectNode m = MAPPER.createObjectNode();
        m.put("format", "bulwark-evidence-bundle/1");
        m.put("exportedAt", exportedAt.toString());
        m.put("records", records);
        m.put("attachments", attachments);
        ObjectNode chain = m.putObject("chain");
        chain.put("records", head.recordCount());
        chain.put("headHash", head.headHash());
        m.put("verified", true);
        return m;
    }

    /** A listing: schema version, chain head and the given records (all, or a filtered few) in chain order. */
    public static ObjectNode ledger(List<EvidenceRecord> shown, EvidenceIndex index, ChainHead head) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", "1");
        ObjectNode chain = root.putObject("chain");
        chain.put("records", head.recordCount());
        chain.put("headHash", head.headHash());
        ArrayNode records = root.putArray("records");
        for (EvidenceRecord r : shown) records.add(record(r, index));
        return root;
    }
}
