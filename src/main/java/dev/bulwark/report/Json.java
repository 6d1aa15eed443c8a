package dev.bulwark.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.model.SourceLocation;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;

/** The one JSON writer all reports and command outputs use: indented, never closing the caller's stream. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Json() {}

    public static void write(ObjectNode root, Writer out) throws IOException {
        MAPPER.writeValue(out, root);
        out.write(System.lineSeparator());
        out.flush();
    }

    public static ArrayNode strings(Collection<String> values) {
        ArrayNode a = MAPPER.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    static ObjectNode location(SourceLocation l) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("file", l.file());
        n.put("startLine", l.startLine());
        n.put("endLine", l.endLine());
        return n;
    }
}
