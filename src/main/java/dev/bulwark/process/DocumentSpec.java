package dev.bulwark.process;

import dev.bulwark.model.SourceLocation;

import java.nio.file.Path;
import java.util.List;

/**
 * A document {@code .bulwark.yaml} points to.
 *
 * @param path       as written in the configuration (relative to the directory holding it, or absolute), normalised
 *                   with {@code /}: the stable name in findings' resource addresses ({@code document:docs/ir.md})
 * @param file       the resolved file
 * @param shown      how the file is named in messages and findings (relative to the working directory where possible)
 * @param systems    for a runbook, the systems it covers; empty for the other kinds
 * @param declaredAt where the path is written in {@code .bulwark.yaml}
 */
public record DocumentSpec(DocumentKind kind, String path, Path file, String shown, List<String> systems, SourceLocation declaredAt) {
    public DocumentSpec {
        systems = List.copyOf(systems);
    }
}
