package dev.bulwark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a tree of {@code files} realistic .tf files for whole-process timing of {@code bulwark inspect}
 * and {@code bulwark scan}: modules of an account baseline, 18 service files of mixed flavours
 * ({@link RealisticModules}) and their variables.
 * Usage: {@code GenerateTree DIR FILES}.
 */
public final class GenerateTree {
    private static final int FILES_PER_MODULE = 20;

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int files = Integer.parseInt(args[1]);
        int written = 0;
        for (int module = 0; written < files; module++) {
            Path dir = root.resolve(String.format("team%03d/stack%02d", module / 10, module % 10));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("variables.tf"), RealisticModules.variables());
            written++;
            for (int i = 0; i < FILES_PER_MODULE - 1 && written < files; i++, written++) {
                Files.writeString(dir.resolve("svc" + i + ".tf"), RealisticModules.file(module * FILES_PER_MODULE + i, 42));
            }
        }
        System.out.println("wrote " + written + " files under " + root);
    }
}
