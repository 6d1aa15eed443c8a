package dev.bulwark.rule;

import dev.bulwark.model.export.ExportKind;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rule: its metadata and its logic for each input kind (resources of the scanned code in any
 * format, exports of live systems, a repository's change history, the process records of
 * {@code bulwark status}, the secret detectors of {@code dev.bulwark.secret}).
 * {@code source} is the file it was read from, for error messages.
 */
public record Rule(RuleMetadata metadata, List<ResourceLogic> resources, List<ExportLogic> exports, List<GitLogic> git,
                   List<ProcessLogic> process, List<SecretLogic> secrets, String source) {
    public Rule {
        resources = List.copyOf(resources);
        exports = List.copyOf(exports);
        git = List.copyOf(git);
        process = List.copyOf(process);
        secrets = List.copyOf(secrets);
    }

    /** A rule without secret detection. */
    public Rule(RuleMetadata metadata, List<ResourceLogic> resources, List<ExportLogic> exports, List<GitLogic> git,
                List<ProcessLogic> process, String source) {
        this(metadata, resources, exports, git, process, List.of(), source);
    }

    public String id() {
        return metadata.id();
    }

    /** True when {@code id} is this rule's id or one of its old ids. */
    public boolean answersTo(String id) {
        return metadata.id().equals(id) || metadata.aliases().contains(id);
    }

    /** Resource types this rule looks at, in any format. */
    public Set<String> resourceTypes() {
        return resources.stream().flatMap(l -> l.resourceTypes().stream()).collect(Collectors.toSet());
    }

    /** The formats this rule judges resources of; "any" for logic that names none. */
    public Set<String> formats() {
        return resources.stream().map(l -> l.format() == null ? "any" : l.format()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Export kinds this rule judges (empty for a rule on infrastructure code only). */
    public Set<ExportKind> exportKinds() {
        return exports.stream().map(ExportLogic::kind).collect(Collectors.toSet());
    }
}
