package dev.bulwark.source.terraform;

import dev.bulwark.source.hcl.ConfigFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which module directories a module calls through a local {@code source}: what makes a directory not a root. */
final class ModuleCalls {
    private static final byte[] MODULE = "module".getBytes(StandardCharsets.US_ASCII);

    private ModuleCalls() {}

    /**
     * False only when the file certainly declares no module block: native syntax spells the block
     * type as a bare word, so its bytes must appear. JSON can escape it, and an unreadable file is
     * left to the parser to report.
     */
    static boolean mayDeclare(Path file) {
        if (file.getFileName().toString().endsWith(".json")) return true;
        try {
            return contains(Files.readAllBytes(file), MODULE);
        } catch (IOException e) {
            return true;
        }
    }

    /** The directories called through a literal local source, other than {@code dir} itself. */
    static Set<Path> localTargets(Path dir, List<ConfigFile> files) {
        Set<Path> called = new HashSet<>();
        // Diagnostics are dropped here: the module reports them itself when it loads.
        ModuleConfig m = ModuleConfig.of(dir, files, new Diagnostics());
        m.moduleCalls.values().forEach(call -> {
            String source = ModuleCallNode.literal(call.node().body().attribute("source"));
            if (source != null && RemoteModules.isLocalSource(source)) {
                Path target = dir.resolve(source).normalize();
                if (!target.equals(dir)) called.add(target);
            }
        });
        return called;
    }

    static boolean contains(byte[] text, byte[] word) {
        int last = text.length - word.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (text[i] != word[0]) continue;
            for (int k = 1; k < word.length; k++) {
                if (text[i + k] != word[k]) continue outer;
            }
            return true;
        }
        return false;
    }
}
