package dev.bulwark.source.export;

import dev.bulwark.model.export.ParsedExport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The export fixtures under src/test/resources/exports, read as a reader would be handed them. */
public final class ExportFixtures {
    public static final Path DIR = Path.of("src/test/resources/exports");

    private ExportFixtures() {}

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The fixture parsed by {@code reader}, named by its file name alone (as messages show it). */
    public static <T extends ParsedExport> T read(ExportReader<T> reader, String name) {
        try {
            return reader.read(name, bytes(name));
        } catch (ExportFormatException e) {
            throw new AssertionError("fixture " + name + " must parse: " + e.getMessage(), e);
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
