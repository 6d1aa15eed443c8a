package dev.bulwark.source.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.SourceLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Remote module sources as {@code terraform init} left them in {@code .terraform/modules/modules.json}.
 * They are used first; a remote module not listed there is looked up in Bulwark's own cache
 * ({@link dev.bulwark.source.terraform.modules.ModuleFetcher}).
 */
final class RemoteModules {
    static final String MANIFEST = ".terraform/modules/modules.json";
    private final Map<String, Path> dirsByKey;
    /** The source and version terraform init installed, e.g. "registry.terraform.io/acme/vpc/aws 1.2.0". */
    private final Map<String, String> installedByKey;

    private RemoteModules(Map<String, Path> dirsByKey, Map<String, String> installedByKey) {
        this.dirsByKey = dirsByKey;
        this.installedByKey = installedByKey;
    }

    static RemoteModules read(Path rootDir, Diagnostics diagnostics, LoadOptions options) {
        Path manifest = rootDir.resolve(MANIFEST);
        Map<String, Path> dirs = new HashMap<>();
        Map<String, String> installed = new HashMap<>();
        if (!Files.isRegularFile(manifest)) return new RemoteModules(dirs, installed);
        try {
            JsonNode modules = new ObjectMapper().readTree(manifest.toFile()).path("Modules");
            for (JsonNode m : modules) {
                String key = m.path("Key").asText("");
                String dir = m.path("Dir").asText("");
                if (!key.isEmpty() && !dir.isEmpty()) dirs.put(key, rootDir.resolve(dir).normalize());
                String source = m.path("Source").asText("");
                String version = m.path("Version").asText("");
                if (!key.isEmpty() && !source.isEmpty()) installed.put(key, version.isEmpty() ? source : source + " " + version);
            }
        } catch (IOException e) {
            diagnostics.add(Diagnostic.warning(SourceLocation.ofFile(options.display(manifest)),
                    "cannot read the module manifest, remote modules stay unresolved: " + firstLine(e.getMessage())));
        }
        return new RemoteModules(dirs, installed);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The local directory of the module called through {@code key} (e.g. "vpc" or "app.vpc"), or null. */
    Path dir(String key) {
        return dirsByKey.get(key);
    }

    /** The source and version installed for {@code key}, as the manifest gives them, or null. */
    String installed(String key) {
        return installedByKey.get(key);
    }

    static boolean isLocalSource(String source) {
        return source.startsWith("./") || source.startsWith("../") || source.equals(".") || source.equals("..");
    }
}
