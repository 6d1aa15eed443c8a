package dev.bulwark.source.terraform;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.hcl.ConfigFile;
import dev.bulwark.source.hcl.HclJsonParser;
import dev.bulwark.source.hcl.HclParseException;
import dev.bulwark.source.hcl.HclParser;
import dev.bulwark.source.located.Utf8Text;
import dev.bulwark.source.tree.SymbolicLinks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads and parses module directories, once each, in parallel where asked. A file that cannot be
 * read or parsed is reported and left out; the rest of its module still loads. A module can be
 * released once evaluated, so its syntax trees need not outlive it; if it is asked for again it is
 * parsed again, without counting its files twice (its diagnostics are kept once anyway).
 */
final class ModuleLoader {
    private final LoadOptions options;
    private final Diagnostics diagnostics;
    private final Map<Path, Optional<ModuleConfig>> modules = new ConcurrentHashMap<>();
    /** The scan's module directories: a module even if their files vanish before they load. */
    private final Set<Path> scanDirs = ConcurrentHashMap.newKeySet();
    /** The scan's listing of each directory, until its module loads. */
    private final Map<Path, List<Path>> listed = new ConcurrentHashMap<>();
    /** Files parsed before their module loads; the module takes them. */
    private final Map<Path, Optional<ConfigFile>> parsedAhead = new ConcurrentHashMap<>();
    /** Module files already counted in {@link #filesRead} / {@link #filesFailed}. */
    private final Set<Path> counted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger filesRead = new AtomicInteger();
    private final AtomicInteger filesFailed = new AtomicInteger();

    ModuleLoader(LoadOptions options, Diagnostics diagnostics) {
        this.options = options;
        this.diagnostics = diagnostics;
    }

    /** True for the files Terraform reads as configuration in a module directory. */
    static boolean isConfigFile(Path p) {
        String name = p.getFileName().toString();
        return (name.endsWith(".tf") || name.endsWith(".tf.json")) && !name.startsWith(".");
    }

    /**
     * The directories that modules among {@code dirs} call through a local {@code source}. Only the
     * files that can declare a module block are parsed for this, and parsed again when their module loads.
     */
    Set<Path> localCallTargets(List<Path> dirs) {
        scanDirs.addAll(dirs);
        for (Path dir : dirs) listed.put(dir, configFiles(dir));
        Set<Path> called = ConcurrentHashMap.newKeySet();
        // Parsed for their calls only, then let go: kept until each root's turn, a quarter of a large
        // tree's syntax trees would be copied by the collector again and again. A root reparses them.
        dirs.parallelStream().forEach(dir -> called.addAll(localCallTargets(dir)));
        return called;
    }

    private Set<Path> localCallTargets(Path dir) {
        List<ConfigFile> declaring = new ArrayList<>();
        for (Path f : listed.get(dir)) {
            // Not counted here: the module counts its files when it loads; diagnostics are kept once.
            if (ModuleCalls.mayDeclare(f)) parse(f, false).ifPresent(declaring::add);
        }
        return declaring.isEmpty() ? Set.of() : ModuleCalls.localTargets(dir, declaring);
    }

    /** Parses the given modules' files in parallel and caches the result. */
    void preload(List<Path> dirs) {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) files.addAll(listed.computeIfAbsent(dir, this::configFiles));
        files.parallelStream().filter(f -> !parsedAhead.containsKey(f)).forEach(f -> parsedAhead.put(f, parseModuleFile(f)));
        for (Path dir : dirs) modules.put(dir, load(dir));
    }

    /** The module in {@code dir}, loading it now if needed; empty when it holds no configuration files. */
    Optional<ModuleConfig> module(Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        Optional<ModuleConfig> cached = modules.get(key);
        if (cached != null) return cached;
        Optional<ModuleConfig> loaded = load(key);
        Optional<ModuleConfig> raced = modules.putIfAbsent(key, loaded);
        return raced != null ? raced : loaded;
    }

    /** Forgets the module in {@code dir}, so its syntax trees can be collected. */
    void release(Path dir) {
        modules.remove(dir.toAbsolutePath().normalize());
    }

    private Optional<ModuleConfig> load(Path dir) {
        List<Path> files = listed.remove(dir);
        if (files == null) files = configFiles(dir);
        List<ConfigFile> parsed = new ArrayList<>();
        for (Path f : files) {
            Optional<ConfigFile> ahead = parsedAhead.remove(f);
            (ahead != null ? ahead : parseModuleFile(f)).ifPresent(parsed::add);
        }
        if (files.isEmpty() && !scanDirs.contains(dir)) return Optional.empty();
        return Optional.of(ModuleConfig.of(dir, parsed, diagnostics));
    }

    /** Counted the first time only: a released module's files may be parsed again. */
    private Optional<ConfigFile> parseModuleFile(Path file) {
        return parse(file, counted.add(file));
    }

    private List<Path> configFiles(Path dir) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (!isConfigFile(p)) continue;
                Path file = p.toAbsolutePath().normalize();
                String broken = SymbolicLinks.unfollowable(file);
                // Terraform fails on a configuration file it cannot follow; so does the scan, for that file.
                if (broken != null) failed(options.display(file), broken, counted.add(file));
                else if (Files.isRegularFile(file)) out.add(file);
            }
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(SourceLocation.ofFile(options.display(dir)), "cannot list directory: " + e.getMessage()));
        }
        out.sort(null);
        return out;
    }

    /** Reads and parses one configuration or variables file; reports and returns empty on failure. */
    Optional<ConfigFile> parse(Path file) {
        return parse(file, true);
    }

    private Optional<ConfigFile> parse(Path file, boolean count) {
        String shown = options.display(file);
        String text;
        try {
            text = Utf8Text.decode(Files.readAllBytes(file));
        } catch (Utf8Text.NotTextException e) {
            if (count) filesFailed.incrementAndGet();
            diagnostics.add(Diagnostic.error(SourceLocation.at(shown, e.line(), 1), e.detail()));
            return Optional.empty();
        } catch (IOException e) {
            failed(shown, "cannot read file: " + describe(e), count);
            return Optional.empty();
        }
        try {
            ConfigFile parsed = shown.endsWith(".json") ? HclJsonParser.parse(shown, text) : HclParser.parse(shown, text);
            if (count) filesRead.incrementAndGet();
            return Optional.of(parsed);
        } catch (HclParseException e) {
            if (count) filesFailed.incrementAndGet();
            diagnostics.add(Diagnostic.error(SourceLocation.at(shown, e.pos().line(), e.pos().column()), e.detail()));
            return Optional.empty();
        }
    }

    private void failed(String shown, String message, boolean count) {
        if (count) filesFailed.incrementAndGet();
        diagnostics.add(Diagnostic.error(SourceLocation.ofFile(shown), message));
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    int filesRead() {
        return filesRead.get();
    }

    int filesFailed() {
        return filesFailed.get();
    }

    LoadOptions options() {
        return options;
    }
}
