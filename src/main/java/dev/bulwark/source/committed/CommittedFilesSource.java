package dev.bulwark.source.committed;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.Value;
import dev.bulwark.source.Source;
import dev.bulwark.source.SourceRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Files whose presence in a repository is itself a finding, whatever they hold: Terraform state
 * ({@code *.tfstate}, {@code *.tfstate.backup}), which keeps every secret of the infrastructure in
 * clear text, and dotenv files ({@code .env}, {@code .env.production} …), which exist to hold the secrets a
 * program reads from its environment. Templates meant to be committed ({@code .env.example},
 * {@code .env.sample}, {@code .env.template}, {@code .env.dist}) are not claimed. Each file becomes a
 * resource of type {@value #STATE_TYPE} or {@value #DOTENV_TYPE}, addressed by its path, with how many
 * values it holds ({@code values}): a state's resources and outputs, a dotenv file's assignments with a
 * non-empty value. What the values are is the scan's secrets pass's to judge.
 */
public final class CommittedFilesSource implements Source {
    public static final String FORMAT = "repository";
    public static final String STATE_TYPE = "terraform_state_file";
    public static final String DOTENV_TYPE = "dotenv_file";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TEMPLATE_SUFFIXES = Set.of("example", "sample", "template", "dist", "defaults", "tmpl", "tpl");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean claims(Path file) {
        return type(file.getFileName().toString()) != null;
    }

    /** The resource type of a file so named, or null for a file this source does not claim. */
    static String type(String name) {
        if (name.endsWith(".tfstate") || name.endsWith(".tfstate.backup")) return STATE_TYPE;
        if (name.equals(".env")) return DOTENV_TYPE;
        if (name.startsWith(".env.")) {
            String suffix = name.substring(".env.".length());
            return TEMPLATE_SUFFIXES.contains(suffix) ? null : DOTENV_TYPE;
        }
        return null;
    }

    @Override
    public InfrastructureModel load(SourceRequest request) {
        List<Resource> resources = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int failed = 0;
        for (Path file : request.files()) {
            String shown = request.display().apply(file);
            String name = file.getFileName().toString();
            long values;
            try {
                byte[] bytes = Files.readAllBytes(file);
                values = type(name).equals(STATE_TYPE) ? stateValues(bytes) : dotenvValues(bytes);
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(SourceLocation.ofFile(shown), "cannot read: " + e.getMessage()));
                failed++;
                continue;
            }
            Map<String, Value> attributes = new LinkedHashMap<>();
            attributes.put("path", Value.of(shown));
            attributes.put("values", Value.of(values));
            resources.add(new Resource(FORMAT, shown, type(name), name, shown, SourceLocation.at(shown, 1, 1),
                    new Value.Obj(attributes), Map.of(), Map.of()));
        }
        return new InfrastructureModel(resources, diagnostics, request.files().size() - failed, failed);
    }

    /** Resources and outputs of a state; a file that is not a state's JSON counts as holding something. */
    static long stateValues(byte[] bytes) {
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || !root.isObject()) return bytes.length == 0 ? 0 : 1;
            return root.path("resources").size() + root.path("outputs").size();
        } catch (IOException e) {
            return 1;
        }
    }

    /** Lines {@code NAME=value} (optionally after {@code export}) with a value; comments and blank lines are not. */
    static long dotenvValues(byte[] bytes) {
        long n = 0;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
            String t = line.strip();
            if (t.startsWith("export ")) t = t.substring("export ".length()).strip();
            int eq = t.indexOf('=');
            if (t.isEmpty() || t.startsWith("#") || eq <= 0) continue;
            String value = t.substring(eq + 1).strip();
            if (!value.isEmpty() && !value.equals("\"\"") && !value.equals("''")) n++;
        }
        return n;
    }
}
