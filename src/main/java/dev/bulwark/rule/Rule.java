package dev.bulwark.rule;

import java.util.List;
import java.util.Set;

/**
 * A rule: its metadata and its logic for each input kind (Terraform today). {@code source} is
 * the file it was read from, for error messages.
 */
public record Rule(RuleMetadata metadata, List<TerraformLogic> terraform, String source) {
    public Rule {
        terraform = List.copyOf(terraform);
    }

    public String id() {
        return metadata.id();
    }

    /** True when {@code id} is this rule's id or one of its old ids. */
    public boolean answersTo(String id) {
        return metadata.id().equals(id) || metadata.aliases().contains(id);
    }

    /** Resource types this rule looks at. */
    public Set<String> resourceTypes() {
        return terraform.stream().flatMap(l -> l.resourceTypes().stream()).collect(java.util.stream.Collectors.toSet());
    }
}
