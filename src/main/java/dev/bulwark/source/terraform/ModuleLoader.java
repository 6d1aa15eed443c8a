package dev.bulwark.source.terraform;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.hcl.ConfigFile;
import dev.bulwark.source.hcl.HclJsonParser;
import dev.bulwark.source.hcl.HclParseException;
import dev.bulwark.source.hcl.HclParser;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads and parses module directories, once each, in parallel where asked. A file that cannot be
 * read or parsed is reported and left out; the rest of its module still loads.
 */
final class ModuleLoader {
    private final LoadOptions options;
    private final Diagnostics diagnostics;
    private final Map<Path, Optional<ModuleConfig>> modules = new ConcurrentHashMap<>();
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

    /** Parses the given modules' files in parallel and caches the result. */
    void preload(List<Path> dirs) {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) files.addAll(configFiles(dir));
        Map<Path, ConfigFile> parsed = new ConcurrentHashMap<>();
        files.parallelStream().forEach(f -> parse(f).ifPresent(c -> parsed.put(f, c)));
        for (Path dir : dirs) {
            List<ConfigFile> mine = new ArrayList<>();
            for (Path f : configFiles(dir)) {
                ConfigFile c = parsed.get(f);
                if (c != null) mine.add(c);
            }
            modules.put(dir, Optional.of(ModuleConfig.of(dir, mine, diagnostics)));
        }
    }

    /** The module in {@code dir}, loading it now if needed; empty when it holds no configuration files. */
    Optional<ModuleConfig> module(Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        Optional<ModuleConfig> cached = modules.get(key);
        if (cached != null) return cached;
        List<Path> files = configFiles(key);
        List<ConfigFile> parsed = new ArrayList<>();
        for (Path f : files) parse(f).ifPresent(parsed::add);
        Optional<ModuleConfig> loaded = files.isEmpty() ? Optional.empty() : Optional.of(ModuleConfig.of(key, parsed, diagnostics));
        Optional<ModuleConfig> raced = modules.putIfAbsent(key, loaded);
        return raced != null ? raced : loaded;
    }

    private List<Path> configFiles(Path dir) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (isConfigFile(p) && Files.isRegularFile(p)) out.add(p.toAbsolutePath().normalize());
            }
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(SourceLocation.ofFile(options.display(dir)), "cannot list directory: " + e.getMessage()));
        }
        out.sort(null);
        return out;
    }

    /** Reads and parses one configuration or variables file; reports and returns empty on failure. */
    Optional<ConfigFile> parse(Path file) {
        String shown = options.display(file);
        String text;
        try {
            text = decodeUtf8(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            failed(shown, "file is not valid UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            failed(shown, "cannot read file: " + describe(e));
            return Optional.empty();
        }
        try {
            ConfigFile parsed = shown.endsWith(".json") ? HclJsonParser.parse(shown, text) : HclParser.parse(shown, text);
            filesRead.incrementAndGet();
            return Optional.of(parsed);
        } catch (HclParseException e) {
            filesFailed.incrementAndGet();
            diagnostics.add(Diagnostic.error(SourceLocation.at(shown, e.pos().line(), e.pos().column()), e.detail()));
            return Optional.empty();
        }
    }

    private void failed(String shown, String message) {
        filesFailed.incrementAndGet();
        diagnostics.add(Diagnostic.error(SourceLocation.ofFile(shown), message));
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
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
