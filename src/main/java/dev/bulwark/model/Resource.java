package dev.bulwark.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One resource instance (or data source instance) of the evaluated model.
 *
 * @param address        full address, e.g. {@code module.net.aws_subnet.private["a"]}
 * @param mode           MANAGED for {@code resource} blocks, DATA for {@code data} blocks
 * @param modulePath     e.g. {@code module.net}, empty for the root module
 * @param rootModule     the directory of the root module this instance was evaluated under
 * @param attributes     evaluated arguments; nested blocks appear as lists of objects
 * @param attributeLocations where each attribute path (e.g. {@code ingress[0].cidr_blocks}) is written
 * @param references     per top-level attribute, the addresses of the resources its value was derived from
 * @param sensitiveAttributes top-level attributes derived from a value declared sensitive; reports hide their values
 * @param callChain      for a resource inside a module kept outside the scanned code, how that code calls it; else null
 */
public record Resource(
        String address,
        String type,
        String name,
        Mode mode,
        String modulePath,
        String rootModule,
        SourceLocation location,
        Value.Obj attributes,
        Map<String, SourceLocation> attributeLocations,
        Map<String, Set<String>> references,
        Set<String> sensitiveAttributes,
        CallChain callChain) {

    public enum Mode { MANAGED, DATA }

    public Resource {
        attributeLocations = Map.copyOf(attributeLocations);
        references = compact(references);
        sensitiveAttributes = Set.copyOf(sensitiveAttributes);
    }

    /** A resource of the scanned code itself. */
    public Resource(String address, String type, String name, Mode mode, String modulePath, String rootModule,
                    SourceLocation location, Value.Obj attributes, Map<String, SourceLocation> attributeLocations,
                    Map<String, Set<String>> references, Set<String> sensitiveAttributes) {
        this(address, type, name, mode, modulePath, rootModule, location, attributes, attributeLocations, references, sensitiveAttributes, null);
    }

    /** A resource with nothing sensitive in it. */
    public Resource(String address, String type, String name, Mode mode, String modulePath, String rootModule,
                    SourceLocation location, Value.Obj attributes, Map<String, SourceLocation> attributeLocations,
                    Map<String, Set<String>> references) {
        this(address, type, name, mode, modulePath, rootModule, location, attributes, attributeLocations, references, Set.of());
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
