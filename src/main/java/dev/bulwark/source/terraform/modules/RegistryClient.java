package dev.bulwark.source.terraform.modules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The module registry protocol: service discovery ({@code /.well-known/terraform.json}, key
 * {@code modules.v1}), the version list of a module, and where a version is downloaded from
 * (the {@code X-Terraform-Get} header of a 204 answer, or {@code location} in a JSON answer).
 */
final class RegistryClient {
    private static final long MAX_JSON_BYTES = 4L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpGet http;
    private final Transport transport;
    private final Map<String, URI> modulesBase = new ConcurrentHashMap<>();

    RegistryClient(HttpGet http, Transport transport) {
        this.http = http;
        this.transport = transport;
    }

    /** Every version the registry lists for the module; unparseable entries are left out. */
    List<ModuleVersion> versions(SourceAddress.Registry module) throws FetchException {
        URI url = base(module.host()).resolve(module.path() + "/versions");
        JsonNode root = json(http.get(url, MAX_JSON_BYTES, "registry version list"), "the version list");
        List<ModuleVersion> out = new ArrayList<>();
        for (JsonNode m : root.path("modules")) {
            for (JsonNode v : m.path("versions")) {
                ModuleVersion parsed = ModuleVersion.parse(v.path("version").asText(""));
                if (parsed != null) out.add(parsed);
            }
        }
        return out;
    }

    /** The source address of one version's package, made absolute when the registry gave a relative path. */
    String downloadLocation(SourceAddress.Registry module, ModuleVersion version) throws FetchException {
        URI url = base(module.host()).resolve(module.path() + "/" + version + "/download");
        HttpGet.Response r = http.get(url, MAX_JSON_BYTES, "registry download");
        String location = r.header("X-Terraform-Get").orElse(null);
        if (location == null && r.status() == 200 && r.body().length > 0) location = json(r, "the download answer").path("location").asText(null);
        if (location == null || location.isBlank()) {
            throw new FetchException("registry download " + r.uri() + " gave no location (no X-Terraform-Get header nor JSON location)");
        }
        return resolveLocation(r.uri(), location);
    }

    /**
     * A location that looks like a relative URL is one, relative to the URL that gave it; anything
     * else is a source address as written. A {@code //subdir} is kept out of the URL resolution,
     * which would fold its double slash.
     */
    static String resolveLocation(URI base, String location) {
        if (!(location.startsWith("/") || location.startsWith("./") || location.startsWith("../"))) return location;
        String[] split = SourceAddress.splitSubdir(location);
        URI resolved = base.resolve(split[0]);
        if (split[1].isEmpty()) return resolved.toString();
        String query = resolved.getRawQuery();
        String withoutQuery = resolved.toString();
        if (query != null) withoutQuery = withoutQuery.substring(0, withoutQuery.length() - query.length() - 1);
        return withoutQuery + "//" + split[1] + (query == null ? "" : "?" + query);
    }

    private URI base(String host) throws FetchException {
        URI known = modulesBase.get(host);
        if (known != null) return known;
        URI discovery = URI.create(transport.registryScheme(host) + "://" + host + "/.well-known/terraform.json");
        HttpGet.Response r = http.get(discovery, MAX_JSON_BYTES, "registry service discovery");
        JsonNode modules = json(r, "the service discovery document").path("modules.v1");
        if (!modules.isTextual() || modules.asText().isBlank()) {
            throw new FetchException("registry host " + host + " offers no module registry (no modules.v1 in " + r.uri() + ")");
        }
        String text = modules.asText();
        URI base = r.uri().resolve(text.endsWith("/") ? text : text + "/");
        modulesBase.put(host, base);
        return base;
    }

    private static JsonNode json(HttpGet.Response r, String what) throws FetchException {
        try {
            JsonNode n = JSON.readTree(r.body());
            if (n == null || !n.isObject()) throw new FetchException(what + " at " + r.uri() + " is not a JSON object");
            return n;
        } catch (IOException e) {
            throw new FetchException(what + " at " + r.uri() + " is not valid JSON");
        }
    }
}
