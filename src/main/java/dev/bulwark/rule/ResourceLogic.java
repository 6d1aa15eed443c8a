package dev.bulwark.rule;

import dev.bulwark.model.Resource;

import java.util.Set;

/**
 * A rule's logic for the resources of a model: which format and types it applies to, and how it
 * judges one resource.
 */
public interface ResourceLogic {
    /** The resource types (Terraform types, Kubernetes kinds, …) this logic judges. */
    Set<String> resourceTypes();

    /** The format whose resources this logic judges, e.g. {@code kubernetes}; null for a type in any format. */
    default String format() {
        return null;
    }

    /** True when this logic judges {@code resource}. */
    default boolean judges(Resource resource) {
        String f = format();
        return (f == null || f.equals(resource.format())) && resourceTypes().contains(resource.type());
    }

    Outcome evaluate(Resource resource, RuleContext context);
}
