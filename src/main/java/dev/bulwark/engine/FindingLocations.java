package dev.bulwark.engine;

import dev.bulwark.finding.RelatedLocation;
import dev.bulwark.model.CallChain;
import dev.bulwark.model.ModuleCall;
import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a finding on a resource points. For a resource of the scanned code: its block and the
 * offending attribute. For a resource inside a module kept outside that code: the {@code module}
 * call the user wrote and, when exactly one argument of that call feeds the offending attribute,
 * that argument, since that is what the user can change; the calls inside the fetched code and the
 * resource itself become related locations.
 */
record FindingLocations(SourceLocation location, SourceLocation attribute, List<RelatedLocation> related) {

    static FindingLocations of(Resource resource, String attributePath, SourceLocation attributeAt) {
        CallChain chain = resource.callChain();
        if (chain == null) return new FindingLocations(resource.location(), attributeAt, List.of());
        ModuleCall outermost = chain.outermost();
        List<RelatedLocation> related = new ArrayList<>();
        String attribute = attributePath == null ? null : topLevel(attributePath);
        List<ModuleCall.Argument> arguments = attribute == null ? List.of() : chain.inputs().getOrDefault(attribute, List.of());
        if (arguments.size() > 1) {
            for (ModuleCall.Argument a : arguments) {
                related.add(new RelatedLocation(a.location(), "argument " + a.name() + " of " + outermost.address() + ", which "
                        + attribute + " derives from, at " + shown(a.location())));
            }
        }
        List<ModuleCall> calls = chain.calls();
        for (int i = 1; i < calls.size(); i++) {
            ModuleCall c = calls.get(i);
            related.add(new RelatedLocation(c.location(), c.address() + ": call of module " + c.module() + " at " + shown(c.location())));
        }
        String module = chain.innermost().module();
        String local = resource.type() + "." + resource.name();
        related.add(new RelatedLocation(resource.location(), "resource " + local + " in module " + module + " at " + shown(resource.location())));
        if (attributeAt != null && attributeAt.startLine() != resource.location().startLine()) {
            related.add(new RelatedLocation(attributeAt, attributePath + " of " + local + " at " + shown(attributeAt)));
        }
        SourceLocation argument = arguments.size() == 1 ? arguments.get(0).location() : null;
        return new FindingLocations(outermost.location(), argument, related);
    }

    /** The top-level attribute of a path such as {@code rule[0].apply_server_side_encryption_by_default.sse_algorithm}. */
    private static String topLevel(String path) {
        int dot = path.indexOf('.');
        int bracket = path.indexOf('[');
        int cut = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
        return cut < 0 ? path : path.substring(0, cut);
    }

    private static String shown(SourceLocation at) {
        return at.startLine() > 0 ? at.file() + ":" + at.startLine() : at.file();
    }
}
