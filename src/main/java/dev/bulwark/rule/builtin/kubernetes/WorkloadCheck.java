package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.ResourceLogic;
import dev.bulwark.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A check on the pod spec of every workload kind, whatever its namespace's profile: a pass, or the fields that break it. */
abstract class WorkloadCheck implements ResourceLogic {
    /** What the workload does right, said in a passing finding. */
    abstract String passes();

    abstract void check(PodSpec pod, List<PssControl.Violation> out);

    @Override
    public final Set<String> resourceTypes() {
        return K8s.WORKLOADS;
    }

    @Override
    public final String format() {
        return K8s.FORMAT;
    }

    @Override
    public final Outcome evaluate(Resource workload, RuleContext context) {
        List<PssControl.Violation> found = new ArrayList<>();
        check(PodSpec.of(workload), found);
        if (found.isEmpty()) return Outcome.pass(K8s.describe(workload) + " " + passes());
        StringBuilder m = new StringBuilder(K8s.describe(workload)).append(": ");
        for (int i = 0; i < found.size(); i++) m.append(i > 0 ? "; " : "").append(found.get(i).message());
        return Outcome.fail(m.toString(), found.get(0).attribute());
    }
}
