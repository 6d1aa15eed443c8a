package dev.bulwark.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.UnknownAttribute;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The evaluated model as JSON ({@code bulwark inspect --format json}); the shape is documented in docs/inspect-json.md. */
public final class ModelJsonReport {
    public static final String SCHEMA_VERSION = "1";
    private static final ObjectMapper MAPPER = Json.MAPPER;

    private ModelJsonReport() {}

    /** Streams the model one resource at a time, so memory does not grow with the size of the output. */
    public static void write(InfrastructureModel model, Writer out) throws IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("schemaVersion", SCHEMA_VERSION);
            g.writeArrayFieldStart("resources");
            for (Resource r : model.resources()) MAPPER.writeTree(g, resource(r));
            g.writeEndArray();
            g.writeFieldName("diagnostics");
            ArrayNode diagnostics = MAPPER.createArrayNode();
            for (Diagnostic d : model.diagnostics()) diagnostics.add(diagnostic(d));
            MAPPER.writeTree(g, diagnostics);
            g.writeFieldName("summary");
            MAPPER.writeTree(g, summary(model));
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    public static ObjectNode toJson(InfrastructureModel model) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ArrayNode resources = root.putArray("resources");
        for (Resource r : model.resources()) resources.add(resource(r));
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : model.diagnostics()) diagnostics.add(diagnostic(d));
        root.set("summary", summary(model));
        return root;
    }

    private static ObjectNode summary(InfrastructureModel model) {
        ObjectNode summary = MAPPER.createObjectNode();
        summary.put("resources", model.resources().size());
        summary.put("filesRead", model.filesRead());
        summary.put("filesFailed", model.filesFailed());
        summary.put("errors", model.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count());
        return summary;
    }

    private static ObjectNode resource(Resource r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("format", r.format());
        n.put("address", r.address());
        n.put("mode", r.mode().name().toLowerCase(Locale.ROOT));
        n.put("type", r.type());
        n.put("name", r.name());
        n.put("module", r.modulePath());
        n.set("location", Json.location(r.location()));
        ObjectNode attributes = (ObjectNode) ValueJson.toJson(r.attributes());
        for (String hidden : r.sensitiveAttributes()) attributes.put(hidden, ModelTextReport.HIDDEN);
        n.set("attributes", attributes);
        ArrayNode sensitive = n.putArray("sensitive");
        new TreeSet<>(r.sensitiveAttributes()).forEach(sensitive::add);
        ArrayNode unknowns = n.putArray("unknown");
        for (UnknownAttribute u : UnknownAttribute.in(r.attributes())) {
            if (r.sensitiveAttributes().contains(topLevel(u.path()))) continue;
            ObjectNode un = unknowns.addObject();
            un.put("path", u.path());
            un.put("reason", u.value().reason().name().toLowerCase(Locale.ROOT));
            un.put("detail", u.value().describe());
        }
        ObjectNode refs = n.putObject("references");
        // By attribute name: the model keeps references in no particular order.
        for (Map.Entry<String, Set<String>> e : new TreeMap<>(r.references()).entrySet()) {
            ArrayNode targets = refs.putArray(e.getKey());
            e.getValue().forEach(targets::add);
        }
        return n;
    }

    /** The attribute an unknown's path (e.g. {@code rule[0].days}) starts in. */
    private static String topLevel(String path) {
        int end = 0;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') end++;
        return path.substring(0, end);
    }

    private static ObjectNode diagnostic(Diagnostic d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
        n.put("file", d.location().file());
        n.put("line", d.location().startLine());
        n.put("column", d.location().startColumn());
        n.put("message", d.message());
        return n;
    }
}
