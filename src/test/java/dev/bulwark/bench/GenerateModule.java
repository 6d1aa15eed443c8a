package dev.bulwark.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one root module of about {@code megabytes} MB for timing how a scan grows with the size of a
 * single module: {@code variables.tf} and one {@code main.tf} holding the account baseline once and then
 * service files of {@link RealisticModules} (their resources refer to each other as in a real stack),
 * with the modules they call under {@code DIR/modules}.
 * Usage: {@code GenerateModule DIR MEGABYTES}.
 */
public final class GenerateModule {
    private static final int FILES_PER_MODULE = 20;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long target = (long) (Double.parseDouble(args[1]) * 1_000_000);
        Files.createDirectories(dir);
        RegistryStyleModules.write(dir.resolve("modules"));
        String variables = RealisticModules.variables();
        Files.writeString(dir.resolve("variables.tf"), variables);
        long written = variables.length();
        int services = 0;
        try (Writer out = Files.newBufferedWriter(dir.resolve("main.tf"), StandardCharsets.UTF_8)) {
            for (int index = 0; written < target; index++) {
                // One account baseline per module: its terraform block holds the state backend.
                if (index % FILES_PER_MODULE == 0 && index > 0) continue;
                String file = RealisticModules.file(index, 42, "./modules");
                out.write(file);
                out.write('\n');
                written += file.length() + 1;
                services++;
            }
        }
        System.out.println("wrote " + services + " service files, " + written + " bytes, into one module at " + dir);
    }
}
