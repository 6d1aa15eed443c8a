package dev.bulwark.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The process side of {@code .bulwark.yaml}: the systems in scope, the cadence of each piece of
 * recurring work, and the documents the policy asks for.
 *
 * @param file         how the configuration file is named in messages, or null when there is none
 * @param baseDir      the directory document paths are relative to (the configuration file's directory)
 * @param documents    the configured documents, in the order written
 */
public record ProcessConfig(String file, Path baseDir, List<SystemDefinition> systems, Cadences cadences, List<DocumentSpec> documents) {
    public ProcessConfig {
        systems = List.copyOf(systems);
        documents = List.copyOf(documents);
    }

    /** No configuration file: no systems, default cadences, no documents. */
    public static ProcessConfig empty(Path baseDir) {
        return new ProcessConfig(null, baseDir, List.of(), Cadences.defaults(), List.of());
    }

    public Optional<SystemDefinition> system(String name) {
        return systems.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public List<DocumentSpec> documents(DocumentKind kind) {
        return documents.stream().filter(d -> d.kind() == kind).toList();
    }

    /** The runbooks that list the system. */
    public List<DocumentSpec> runbooksFor(String system) {
        return documents(DocumentKind.RUNBOOK).stream().filter(d -> d.systems().contains(system)).toList();
    }
}
