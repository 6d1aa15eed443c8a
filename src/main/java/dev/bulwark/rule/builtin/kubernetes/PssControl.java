package dev.bulwark.rule.builtin.kubernetes;

import dev.bulwark.model.Resource;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;

import java.util.List;

/**
 * One control of the Pod Security Standards, judged on the pod spec of every workload kind. A control
 * of the restricted profile does not apply where the namespace must only meet baseline, and none does
 * where it may run privileged. Some restricted controls exempt Windows pods ({@code spec.os.name: windows}), and
 * some exempt pods in their own user namespace ({@code spec.hostUsers: false}).
 */
abstract class PssControl extends PodSpecLogic {
    /** The profile this control belongs to. */
    abstract Profile profile();

    /** The control's name as the standard gives it, e.g. "Host Namespaces". */
    abstract String control();

    /** Whether the standard exempts Windows pods from this control. */
    boolean windowsExempt() {
        return false;
    }

    /** Whether the standard exempts a pod with its own user namespace from this control where the namespace must meet {@code required}. */
    boolean userNamespaceExempt(Profile required) {
        return false;
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
        if (pod.ownUserNamespace() && userNamespaceExempt(required.profile())) {
            return Outcome.notApplicable(K8s.describe(workload) + " runs in its own user namespace (spec.hostUsers: false), which the "
                    + required.profile().label() + " profile exempts from " + control());
        }
        List<Violation> found = violations(pod);
        if (found.isEmpty()) {
            return Outcome.pass(K8s.describe(workload) + " meets the " + profile().label() + " control " + control());
        }
        return fail(workload, " breaks the " + profile().label() + " control " + control() + " (" + required.why() + "): ", found);
    }
}
