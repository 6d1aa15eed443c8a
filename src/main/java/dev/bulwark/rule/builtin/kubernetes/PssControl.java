package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.ResourceLogic;
import dev.bulwark.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One control of the Pod Security Standards, judged on the pod spec of every workload kind. A control
 * of the restricted profile does not apply where the namespace must only meet baseline, and none does
 * where it may run privileged. Some restricted controls exempt Windows pods ({@code spec.os.name: windows}).
 */
abstract class PssControl implements ResourceLogic {
    /** One field that breaks the control: where it is written and what is wrong. */
    record Violation(String attribute, String message) {}

    /** The profile this control belongs to. */
    abstract Profile profile();

    /** The control's name as the standard gives it, e.g. "Host Namespaces". */
    abstract String control();

    /** Whether the standard exempts Windows pods from this control. */
    boolean windowsExempt() {
        return false;
    }

    /** What breaks the control in this pod, empty when nothing does. */
    abstract void check(PodSpec pod, List<Violation> out);

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
        // The same for every control on this workload: worked out once per workload.
        NamespaceProfile required = context.derived(workload, NamespaceProfile.class.getName(), () -> NamespaceProfile.of(workload, context));
        if (!required.profile().covers(profile())) {
            return Outcome.notApplicable(required.why() + ", and " + control() + " is a control of the " + profile().label() + " profile");
        }
        PodSpec pod = PodSpec.of(workload);
        if (windowsExempt() && pod.windows()) {
            return Outcome.notApplicable(K8s.describe(workload) + " is a Windows pod (spec.os.name: windows), which the "
                    + profile().label() + " profile exempts from " + control());
        }
        List<Violation> found = new ArrayList<>();
        check(pod, found);
        if (found.isEmpty()) {
            return Outcome.pass(K8s.describe(workload) + " meets the " + profile().label() + " control " + control());
        }
        StringBuilder message = new StringBuilder(K8s.describe(workload)).append(" breaks the ").append(profile().label())
                .append(" control ").append(control()).append(" (").append(required.why()).append("): ");
        for (int i = 0; i < found.size(); i++) {
            if (i > 0) message.append("; ");
            message.append(found.get(i).message());
        }
        return Outcome.fail(message.toString(), found.get(0).attribute());
    }
}
