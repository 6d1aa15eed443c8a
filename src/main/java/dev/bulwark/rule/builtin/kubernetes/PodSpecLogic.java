package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.ResourceLogic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Logic judged on the pod spec of every workload kind: the Pod Security Standards controls and the
 * checks that apply whatever the namespace's profile. Both collect the fields that break them and fail
 * on the first, naming all of them.
 */
abstract class PodSpecLogic implements ResourceLogic {
    /** The fields of this pod that break the logic, empty when none does. */
    abstract void check(PodSpec pod, List<Violation> out);

    @Override
    public final Set<String> resourceTypes() {
        return K8s.WORKLOADS;
    }

    @Override
    public final String format() {
        return K8s.FORMAT;
    }

    final List<Violation> violations(PodSpec pod) {
        List<Violation> found = new ArrayList<>();
        check(pod, found);
        return found;
    }

    /** A failure that names every violation after the given lead, pointing at the first one's field. */
    static Outcome fail(Resource workload, String lead, List<Violation> found) {
        StringBuilder message = new StringBuilder(K8s.describe(workload)).append(lead);
        for (int i = 0; i < found.size(); i++) {
            if (i > 0) message.append("; ");
            message.append(found.get(i).message());
        }
        return Outcome.fail(message.toString(), found.get(0).attribute());
    }
}
