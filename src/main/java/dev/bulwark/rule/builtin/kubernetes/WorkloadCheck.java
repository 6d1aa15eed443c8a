package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;

import java.util.List;

/** A check on the pod spec of every workload kind, whatever its namespace's profile: a pass, or the fields that break it. */
abstract class WorkloadCheck extends PodSpecLogic {
    /** What the workload does right, said in a passing finding. */
    abstract String passes();

    @Override
    public final Outcome evaluate(Resource workload, RuleContext context) {
        List<Violation> found = violations(PodSpec.of(workload));
        if (found.isEmpty()) return Outcome.pass(K8s.describe(workload) + " " + passes());
        return fail(workload, ": ", found);
    }
}
