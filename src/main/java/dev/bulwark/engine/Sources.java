package dev.bulwark.engine;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.Source;
import dev.bulwark.source.SourceOptions;
import dev.bulwark.source.SourceRegistry;
import dev.bulwark.source.SourceRequest;
import dev.bulwark.source.tree.FileTree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every registered source over the same scan paths, merged into the one model rules see. The tree is
 * walked once; each file goes to the first source that claims it. The walk also lists the files no
 * source claims, for the secrets pass, which reads every file.
 */
public final class Sources {
    private Sources() {}

    /**
     * The model, and every file the walk discovered (claimed or not, hidden names such as {@code .env}
     * included, hidden directories other than {@code .github} not walked), sorted.
     */
    record Loaded(InfrastructureModel model, List<Path> files) {
        Loaded {
            files = List.copyOf(files);
        }
    }

    static InfrastructureModel load(List<Path> paths, SourceOptions options) {
        return load(paths, options, SourceRegistry.all());
    }

    /** The given sources only, as a scan loads them (tests load one source this way). */
    public static InfrastructureModel load(List<Path> paths, SourceOptions options, List<Source> sources) {
        return loadWithFiles(paths, options, sources).model();
    }

    static Loaded loadWithFiles(List<Path> paths, SourceOptions options) {
        return loadWithFiles(paths, options, SourceRegistry.all());
    }

    static Loaded loadWithFiles(List<Path> paths, SourceOptions options, List<Source> sources) {
        FileTree tree = FileTree.walk(paths, file -> claimant(sources, file) != null, true, options::display);
        Map<Source, List<Path>> claimed = new LinkedHashMap<>();
        for (Source s : sources) claimed.put(s, new ArrayList<>());
        List<Diagnostic> diagnostics = new ArrayList<>(tree.diagnostics());
        for (Path file : tree.files()) {
            Source owner = claimant(sources, file);
            if (owner != null) {
                claimed.get(owner).add(file);
            } else {
                diagnostics.add(Diagnostic.warning(SourceLocation.ofFile(options.display(file)),
                        "no source reads this file: it is not " + formats(sources)));
            }
        }
        List<Resource> resources = new ArrayList<>();
        int read = 0;
        int failed = 0;
        for (Map.Entry<Source, List<Path>> e : claimed.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            InfrastructureModel m = e.getKey().load(new SourceRequest(paths, e.getValue(), tree, options, options::display));
            resources.addAll(m.resources());
            diagnostics.addAll(m.diagnostics());
            read += m.filesRead();
            failed += m.filesFailed();
        }
        diagnostics.sort(null);
        List<Path> every = new ArrayList<>(tree.files());
        every.addAll(tree.others());
        every.sort(null);
        return new Loaded(new InfrastructureModel(resources, diagnostics, read, failed), every);
    }

    private static Source claimant(List<Source> sources, Path file) {
        for (Source s : sources) {
            if (s.claims(file)) return s;
        }
        return null;
    }

    private static String formats(List<Source> sources) {
        List<String> names = new ArrayList<>();
        for (Source s : sources) names.add(s.format());
        return "a " + String.join(", ", names) + " file";
    }
}
