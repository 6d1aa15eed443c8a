package dev.bulwark.source.kubernetes;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.SourceRequest;
import dev.bulwark.source.tree.SymbolicLinks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every claimed file that holds manifests. Only files with at least one Kubernetes object, or
 * one that looked like a manifest and could not be read, count as read or failed: the many other YAML
 * and JSON files of a repository are not this source's business.
 */
final class ManifestLoader {
    private ManifestLoader() {}

    static InfrastructureModel load(SourceRequest request) {
        // Files are parsed on every core; their results are merged in the order of the files, so
        // addresses of repeated objects and the order of diagnostics do not depend on the threads.
        List<ManifestFile.Result> results = request.files().parallelStream().map(file -> read(request, file)).toList();
        List<Resource> resources = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Integer> addresses = new HashMap<>();
        int read = 0;
        int failed = 0;
        for (ManifestFile.Result r : results) {
            for (Resource res : r.resources()) resources.add(unique(res, addresses));
            diagnostics.addAll(r.diagnostics());
            if (r.failed()) failed++;
            else if (!r.resources().isEmpty()) read++;
        }
        return new InfrastructureModel(resources, diagnostics, read, failed);
    }

    /** One file's objects, its problems, and whether it counts as failed. */
    private static ManifestFile.Result read(SourceRequest request, Path file) {
        String shown = request.display().apply(file);
        String broken = SymbolicLinks.unfollowable(file);
        if (broken != null) {
            // Whether it would have been a manifest cannot be told, so it does not count as a failed file.
            return new ManifestFile.Result(List.of(), List.of(Diagnostic.warning(SourceLocation.ofFile(shown), broken)), false);
        }
        try {
            return ManifestFile.read(file, shown, scope(request, file));
        } catch (IOException e) {
            return new ManifestFile.Result(List.of(), List.of(Diagnostic.error(SourceLocation.ofFile(shown), "cannot read: " + e.getMessage())), true);
        }
    }

    /** The scanned path that holds the file, as shown: the objects under one scanned path make one cluster's set. */
    private static String scope(SourceRequest request, Path file) {
        for (Path root : request.roots()) {
            Path abs = root.toAbsolutePath().normalize();
            if (file.startsWith(abs)) return request.display().apply(abs);
        }
        return request.display().apply(file.getParent() == null ? file : file.getParent());
    }

    /** The same object written twice (overlays, copies) keeps its address the first time and gets {@code #2}, {@code #3} after. */
    private static Resource unique(Resource r, Map<String, Integer> seen) {
        int n = seen.merge(r.scope() + "|" + r.address(), 1, Integer::sum);
        if (n == 1) return r;
        return new Resource(r.format(), r.address() + "#" + n, r.type(), r.name(), r.scope(), r.location(), r.attributes(),
                r.attributeLocations(), r.references(), r.sensitiveAttributes(), r.terraform(), r.suppressions());
    }
}
