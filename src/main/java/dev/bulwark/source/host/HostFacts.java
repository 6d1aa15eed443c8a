package dev.bulwark.source.host;

import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.Value;
import dev.bulwark.source.host.os.Distribution;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One resource of a host being built: attributes with, where a file set them, the file and line they
 * came from. Every host resource also carries {@code os_id} and {@code os_family} (debian, rhel,
 * alpine or unknown) so a rule can say it does not apply to a distribution.
 */
public final class HostFacts {
    private final String type;
    private final String address;
    private final String name;
    private final SourceLocation location;
    private final Map<String, Value> attributes = new LinkedHashMap<>();
    private final Map<String, SourceLocation> locations = new HashMap<>();

    HostFacts(String type, String address, String name, SourceLocation location, Distribution distribution) {
        this.type = type;
        this.address = address;
        this.name = name;
        this.location = location;
        attributes.put("os_id", Value.of(distribution.id()));
        attributes.put("os_family", Value.of(distribution.family().id()));
    }

    /** Sets an attribute; {@code at} is where its value was written, null for a default or a live reading. */
    public HostFacts put(String attribute, Value value, SourceLocation at) {
        attributes.put(attribute, value);
        if (at != null) locations.put(attribute, at);
        else locations.remove(attribute);
        return this;
    }

    public HostFacts put(String attribute, String value, SourceLocation at) {
        return put(attribute, Value.of(value), at);
    }

    public HostFacts put(String attribute, boolean value, SourceLocation at) {
        return put(attribute, Value.of(value), at);
    }

    public HostFacts put(String attribute, long value, SourceLocation at) {
        return put(attribute, Value.of(value), at);
    }

    public HostFacts put(String attribute, List<String> values, SourceLocation at) {
        return put(attribute, new Value.ListV(values.stream().map(v -> (Value) Value.of(v)).toList()), at);
    }

    /** Records where a nested attribute path (e.g. {@code settings.net.ipv4.ip_forward}) was written. */
    public HostFacts locate(String path, SourceLocation at) {
        if (at != null) locations.put(path, at);
        return this;
    }

    Resource build() {
        return new Resource(HostSource.FORMAT, address, type, name, "host", location, new Value.Obj(attributes), locations, Map.of());
    }
}
