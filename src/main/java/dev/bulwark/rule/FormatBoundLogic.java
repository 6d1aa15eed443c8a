package dev.bulwark.rule;

import dev.bulwark.model.Resource;

import java.util.Set;

/** Java logic that judges types in any format, bound to the format its rule file names for it. */
record FormatBoundLogic(String format, ResourceLogic logic) implements ResourceLogic {
    @Override
    public Set<String> resourceTypes() {
        return logic.resourceTypes();
    }

    @Override
    public Outcome evaluate(Resource resource, RuleContext context) {
        return logic.evaluate(resource, context);
    }
}
