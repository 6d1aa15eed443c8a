package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Resource;
import dev.bulwark.rule.RuleContext;

import java.util.Set;

/** The launch template an instance is launched from. */
final class LaunchTemplates {
    private LaunchTemplates() {}

    /** The aws_launch_template the instance's launch_template block refers to, when it is in this configuration; null otherwise. */
    static Resource of(Resource instance, RuleContext context) {
        Set<String> targets = instance.references().getOrDefault("launch_template", Set.of());
        for (Resource t : context.referenced(instance, "aws_launch_template")) {
            if (targets.stream().anyMatch(a -> Resource.sameOrInstance(a, t.address()))) return t;
        }
        return null;
    }
}
