package dev.bulwark.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One resource of the model, whatever format it was read from: a Terraform resource or data source
 * instance, a workflow, a Kubernetes object, a Dockerfile stage.
 *
 * @param format         the source format, e.g. {@code terraform}, {@code github-actions} (see each source's FORMAT)
 * @param address        stable address, unique within the format, e.g. {@code module.net.aws_subnet.private["a"]}
 * @param type           what rules select on: a Terraform resource type, a Kubernetes kind, …
 * @param scope          the set of resources this one may refer to and be found with, e.g. the directory of
 *                       the Terraform root module it was evaluated under
 * @param attributes     evaluated arguments; nested blocks appear as lists of objects
 * @param attributeLocations where each attribute path (e.g. {@code ingress[0].cidr_blocks}) is written
 * @param references     per top-level attribute, the addresses of the resources its value was derived from
 * @param sensitiveAttributes top-level attributes derived from a value declared sensitive; reports hide their values
 * @param terraform      what only Terraform resources have (mode, module path, call chain); null for other formats
 * @param suppressions   suppressions written on the resource itself (e.g. a Kubernetes annotation), applied like inline comments
 */
public record Resource(
        String format,
        String address,
        String type,
        String name,
        String scope,
        SourceLocation location,
        Value.Obj attributes,
        Map<String, SourceLocation> attributeLocations,
        Map<String, Set<String>> references,
        Set<String> sensitiveAttributes,
        TerraformDetails terraform,
        List<DeclaredSuppression> suppressions) {

    public enum Mode { MANAGED, DATA }

    public Resource {
        attributeLocations = Map.copyOf(attributeLocations);
        references = compact(references);
        sensitiveAttributes = Set.copyOf(sensitiveAttributes);
        suppressions = List.copyOf(suppressions);
    }

    /** A resource without suppressions declared on it. */
    public Resource(String format, String address, String type, String name, String scope, SourceLocation location,
                    Value.Obj attributes, Map<String, SourceLocation> attributeLocations, Map<String, Set<String>> references,
                    Set<String> sensitiveAttributes, TerraformDetails terraform) {
        this(format, address, type, name, scope, location, attributes, attributeLocations, references, sensitiveAttributes, terraform,
                List.of());
    }

    /** A resource of a format other than Terraform. */
    public Resource(String format, String address, String type, String name, String scope, SourceLocation location,
                    Value.Obj attributes, Map<String, SourceLocation> attributeLocations, Map<String, Set<String>> references) {
        this(format, address, type, name, scope, location, attributes, attributeLocations, references, Set.of(), null);
    }

    /** A Terraform resource with nothing sensitive in it, of the root module or the scanned code. */
    public static Resource terraform(String address, String type, String name, Mode mode, String modulePath, String scope,
                                     SourceLocation location, Value.Obj attributes, Map<String, SourceLocation> attributeLocations,
                                     Map<String, Set<String>> references) {
        return new Resource("terraform", address, type, name, scope, location, attributes, attributeLocations, references, Set.of(),
                new TerraformDetails(mode, modulePath, null));
    }

    /** MANAGED unless this is a Terraform data source. */
    public Mode mode() {
        return terraform == null ? Mode.MANAGED : terraform.mode();
    }

    /** The Terraform module path, empty for a root module resource or another format. */
    public String modulePath() {
        return terraform == null ? "" : terraform.modulePath();
    }

    /** For a resource inside a module kept outside the scanned code, how that code calls it; else null. */
    public CallChain callChain() {
        return terraform == null ? null : terraform.callChain();
    }

    /** One-element sets, nearly all of them, kept as immutable singletons: a LinkedHashSet takes eight times the memory. */
    private static Map<String, Set<String>> compact(Map<String, Set<String>> references) {
        Map<String, Set<String>> out = new HashMap<>();
        references.forEach((attribute, targets) -> out.put(attribute, targets.size() == 1 ? Set.of(targets.iterator().next()) : targets));
        return Map.copyOf(out);
    }

    public Value attribute(String name) {
        return attributes.get(name);
    }

    /** True when any attribute refers to {@code otherAddress} or to one of its instances. */
    public boolean refersTo(String otherAddress) {
        for (Set<String> targets : references.values()) {
            for (String t : targets) {
                if (sameOrInstance(t, otherAddress)) return true;
            }
        }
        return false;
    }

    /**
     * True when reference {@code target} designates {@code address}: the same address, the whole
     * resource of which {@code address} is an instance, or an instance of it.
     */
    public static boolean sameOrInstance(String target, String address) {
        return target.equals(address) || address.startsWith(target + "[") || target.startsWith(address + "[");
    }
}
