package dev.bulwark.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A configured document's text, or why there is none to read (missing, a directory, binary, unreadable). */
record DocumentText(String text, String problem) {
    private static final int SNIFF = 8192;

    static DocumentText read(Path file) {
        if (Files.isDirectory(file)) return problem("is a directory, not a document");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return problem("does not exist");
        } catch (IOException e) {
            return problem("cannot be read: " + e.getMessage());
        }
        for (int i = 0; i < Math.min(bytes.length, SNIFF); i++) {
            if (bytes[i] == 0) return problem("is not a text file (Bulwark reads Markdown or plain text documents)");
        }
        return new DocumentText(new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""), null);
    }

    private static DocumentText problem(String why) {
        return new DocumentText(null, why);
    }

    boolean readable() {
        return text != null;
    }
}
