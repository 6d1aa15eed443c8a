package dev.bulwark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a tree of {@code files} realistic Terraform files (and the templates its modules read) for whole-process timing of {@code bulwark
 * inspect} and {@code bulwark scan}: teams of ten stacks, each team with its shared modules written in
 * the style of public registry modules ({@link RegistryStyleModules}), each stack a root module of an
 * account baseline, 18 service files of mixed flavours ({@link RealisticModules}) and their variables.
 * Usage: {@code GenerateTree DIR FILES}.
 */
public final class GenerateTree {
    private static final int FILES_PER_MODULE = 20;
    private static final int STACKS_PER_TEAM = 10;

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int written = write(root, Integer.parseInt(args[1]));
        System.out.println("wrote " + written + " files under " + root);
    }

    /** Writes the tree; returns the number of Terraform files, {@code files} exactly (module templates come besides). */
    static int write(Path root, int files) throws IOException {
        int written = 0;
        for (int module = 0; written < files; module++) {
            Path team = root.resolve(String.format("team%03d", module / STACKS_PER_TEAM));
            if (module % STACKS_PER_TEAM == 0) {
                written += RegistryStyleModules.write(team.resolve("modules"));
                if (written >= files) break;
            }
            Path dir = team.resolve(String.format("stack%02d", module % STACKS_PER_TEAM));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("variables.tf"), RealisticModules.variables());
            written++;
            for (int i = 0; i < FILES_PER_MODULE - 1 && written < files; i++, written++) {
                Files.writeString(dir.resolve("svc" + i + ".tf"), RealisticModules.file(module * FILES_PER_MODULE + i, 42));
            }
        }
        return written;
    }
}
