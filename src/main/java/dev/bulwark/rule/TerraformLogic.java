package dev.bulwark.rule;

import dev.bulwark.model.Resource;

import java.util.Set;

/** A rule's logic for Terraform resources: which types it applies to, and how it judges one. */
public interface TerraformLogic {
    Set<String> resourceTypes();

    Outcome evaluate(Resource resource, RuleContext context);
}
