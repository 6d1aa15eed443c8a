package dev.bulwark.source.terraform;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.InternalFailure;
import dev.bulwark.model.Resource;
import dev.bulwark.source.terraform.modules.ModuleFetcher;
import dev.bulwark.source.tree.FileTree;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Loads Terraform configurations into the resource model. Every directory holding {@code .tf} or
 * {@code .tf.json} files is a module; those not called by another module of the scan through a local
 * {@code source} are root modules, evaluated with their variables. Files are parsed in parallel and
 * root modules are evaluated in parallel; a root's syntax trees are let go once it is evaluated.
 */
public final class TerraformLoader {
    private TerraformLoader() {}

    /** Loads the modules holding {@code files} (Terraform files found by the shared walk of {@code tree}). */
    static InfrastructureModel load(List<Path> paths, List<Path> files, FileTree tree, LoadOptions options) {
        return load(paths, files, tree, options, 2 * Runtime.getRuntime().availableProcessors(), EVALUATION_STACK_BYTES);
    }

    /**
     * With at most {@code parseAheadRoots} root modules, all are parsed in parallel up front; with more,
     * each root is parsed in the task that evaluates it, so its syntax trees die young instead of being
     * kept (and copied by the collector) until every root is done. The result is the same either way.
     * Evaluation runs on threads with stacks of {@code stackBytes}.
     */
    static InfrastructureModel load(List<Path> paths, List<Path> files, FileTree tree, LoadOptions options, int parseAheadRoots,
                                    long stackBytes) {
        Diagnostics diagnostics = new Diagnostics();
        ModuleLoader loader = new ModuleLoader(options, diagnostics);
        ModuleFetcher fetcher = moduleFetcher(paths, options);
        // A file stands for its directory: that is the module.
        Set<Path> moduleDirs = new TreeSet<>();
        for (Path f : files) moduleDirs.add(f.getParent());
        List<Path> dirs = new ArrayList<>(moduleDirs);
        // A call through a linked path names a directory the walk may know under its own path.
        Set<Path> called = new HashSet<>();
        for (Path target : loader.localCallTargets(dirs)) called.add(tree.same(target));
        List<Path> roots = new ArrayList<>();
        List<Path> preloaded = new ArrayList<>();
        for (Path d : dirs) (called.contains(d) ? preloaded : roots).add(d);
        if (roots.size() <= parseAheadRoots) preloaded = dirs;
        loader.preload(preloaded);
        List<Resource> resources = new ArrayList<>();
        try (StackedThreads evaluators = new StackedThreads("bulwark-evaluate", Math.min(roots.size(), PARALLELISM), stackBytes)) {
            for (List<Resource> found : evaluators.map(roots, root -> {
                List<Resource> out = evaluateRoot(root, loader, diagnostics, fetcher);
                loader.release(root);
                return out;
            })) {
                resources.addAll(found);
            }
        }
        return new InfrastructureModel(resources, diagnostics.sorted(), loader.filesRead(), loader.filesFailed());
    }

    /**
     * How many values depending on each other in one chain (a local on a local on a local …, module
     * outputs on inputs) evaluation supports; the evaluation threads' stacks are sized for it. A longer
     * chain is reported at the position where it ran out of stack, not a crash.
     */
    static final int SUPPORTED_CHAIN = 100_000;
    /** Measured: one link of a chain of locals takes under 1.2 KiB of stack; the stack is only reserved, and touched as deep as used. */
    static final long EVALUATION_STACK_BYTES = 192L * 1024 * 1024;
    private static final int PARALLELISM = Runtime.getRuntime().availableProcessors();

    /**
     * Remote modules are cached under {@code .bulwark/modules} in the first scanned directory (a file
     * stands for its directory), where {@code .bulwark.yaml} is read from too.
     */
    static ModuleFetcher moduleFetcher(List<Path> paths, LoadOptions options) {
        Path first = paths.isEmpty() ? options.workingDir() : paths.get(0).toAbsolutePath().normalize();
        Path dir = Files.isRegularFile(first) && first.getParent() != null ? first.getParent() : first;
        LoadOptions.ModuleDownloads downloads = options.moduleDownloads();
        return new ModuleFetcher(dir.resolve(ModuleFetcher.CACHE_DIR), downloads.enabled(), downloads.loopbackHttp());
    }

    private static List<Resource> evaluateRoot(Path root, ModuleLoader loader, Diagnostics diagnostics, ModuleFetcher fetcher) {
        Optional<ModuleConfig> config = loader.module(root);
        if (config.isEmpty()) return List.of();
        EvalContext context = new EvalContext(loader, diagnostics, root, fetcher);
        try {
            Map<String, Supplier<Cell.Evaluated>> inputs = RootVariables.resolve(config.get(), loader, diagnostics, context);
            ModuleInstance instance = new ModuleInstance(context, config.get(), "", "", inputs);
            List<Resource> out = new ArrayList<>();
            instance.collect(out);
            return out;
        } catch (RuntimeException | StackOverflowError e) {
            throw new InternalFailure(context.lastFile != null ? context.lastFile : context.rootShown, e);
        }
    }
}
