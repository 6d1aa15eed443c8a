package dev.bulwark.source.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.located.LocatedTree;
import dev.bulwark.source.located.LocatedTreeException;
import dev.bulwark.source.located.Utf8Text;
import dev.bulwark.source.located.YamlStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One claimed file: a quick look first (does it mention {@code apiVersion} and {@code kind} at all?),
 * so that the lock files and data of a repository are not parsed; then each YAML document, or the
 * JSON value, parsed on its own with positions, and each Kubernetes object in it read.
 */
final class ManifestFile {
    /** JSON manifests name apiVersion and kind near the start (a List's items do); a lock file does not. */
    static final int JSON_SNIFF_BYTES = 64 * 1024;
    /** A Go template action where YAML would have a value, an item or a line of its own. */
    private static final Pattern TEMPLATE_ACTION = Pattern.compile("(?m)(^\\s*|:\\s+|-\\s+)\\{\\{");

    record Result(List<Resource> resources, List<Diagnostic> diagnostics, boolean failed) {}

    private ManifestFile() {}

    static Result read(Path file, String shown, String scope) throws IOException {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        if (json && !mentionsObject(head(file, JSON_SNIFF_BYTES))) return empty();
        byte[] content = Files.readAllBytes(file);
        String text;
        try {
            text = Utf8Text.decode(content);
        } catch (Utf8Text.NotTextException e) {
            return empty();  // binary data with a .json or .yaml name is no manifest
        }
        if (!mentionsObject(text)) return empty();
        ObjectReader objects = new ObjectReader(shown, scope);
        if (json) return readJson(shown, text, objects);
        return readYaml(file, shown, text, objects);
    }

    private static Result readJson(String shown, String text, ObjectReader objects) {
        try {
            LocatedTree tree = LocatedTree.parseJson(shown, text);
            objects.read(tree, LocatedTree.ROOT, null, lastLine(text));
            return new Result(objects.resources(), objects.diagnostics(), false);
        } catch (LocatedTreeException e) {
            List<Diagnostic> d = new ArrayList<>(objects.diagnostics());
            d.add(Diagnostic.error(SourceLocation.at(shown, e.line(), e.column()), e.detail()));
            return new Result(objects.resources(), d, true);
        }
    }

    private static Result readYaml(Path file, String shown, String text, ObjectReader objects) {
        List<YamlStream.Document> documents = YamlStream.split(text);
        if (isHelmTemplate(file, documents)) {
            int line = firstTemplateLine(text);
            return new Result(List.of(), List.of(Diagnostic.error(SourceLocation.at(shown, line, 1),
                    "Helm template: render with `helm template` first (this file holds template actions {{ … }}, which are not YAML)")), true);
        }
        List<Diagnostic> problems = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < documents.size(); i++) {
            YamlStream.Document doc = documents.get(i);
            if (doc.blank()) continue;
            try {
                LocatedTree tree = LocatedTree.parseYamlDocument(shown, doc.text(), doc.firstLine());
                objects.read(tree, LocatedTree.ROOT, renderedFrom(doc.leadingComments()), doc.lastLine());
            } catch (LocatedTreeException e) {
                problems.add(Diagnostic.error(SourceLocation.at(shown, e.line(), e.column()),
                        "document " + (i + 1) + ": " + e.detail() + "; the other documents are still read"));
                failed = true;
            }
        }
        problems.addAll(0, objects.diagnostics());
        return new Result(objects.resources(), problems, failed);
    }

    /**
     * A chart's template rather than its rendered output: template actions where YAML values go, and
     * either the file sits in a chart's {@code templates} folder or a document with them does not parse
     * (a ConfigMap whose data holds a Go template for another tool parses fine and is kept).
     */
    private static boolean isHelmTemplate(Path file, List<YamlStream.Document> documents) {
        Path dir = file.getParent();
        boolean inTemplates = dir != null && dir.getFileName() != null && dir.getFileName().toString().equals("templates");
        for (YamlStream.Document d : documents) {
            if (!d.text().contains("{{") || !TEMPLATE_ACTION.matcher(d.text()).find()) continue;
            if (inTemplates) return true;
            try {
                LocatedTree.parseYamlDocument("", d.text(), d.firstLine());
            } catch (LocatedTreeException e) {
                return true;
            }
        }
        return false;
    }

    private static int firstTemplateLine(String text) {
        var m = TEMPLATE_ACTION.matcher(text);
        if (!m.find()) return 1;
        int line = 1;
        for (int i = 0; i < m.end(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /** The template a rendered document came from: helm's {@code # Source: chart/templates/x.yaml} comment. */
    private static String renderedFrom(List<String> comments) {
        for (String c : comments) {
            String t = c.substring(1).strip();
            if (t.startsWith("Source:")) return t.substring("Source:".length()).strip();
        }
        return null;
    }

    static boolean mentionsObject(String text) {
        return text.contains("apiVersion") && text.contains("kind");
    }

    private static String head(Path file, int bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
        }
    }

    private static int lastLine(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') lines++;
        if (text.endsWith("\n")) lines--;
        return Math.max(1, lines);
    }

    private static Result empty() {
        return new Result(List.of(), List.of(), false);
    }

    /** For tests and the object reader: whether a parsed document is a Kubernetes object. */
    static boolean isObject(JsonNode n) {
        return n != null && n.isObject() && n.path("apiVersion").isTextual() && n.path("kind").isTextual()
                && !n.path("kind").asText().isBlank();
    }
}
