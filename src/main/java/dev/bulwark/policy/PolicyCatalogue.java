package dev.bulwark.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The requirements of the policy, bundled as data ({@code policy/eng-pol-003.yaml}). */
public final class PolicyCatalogue {
    private static final String BUNDLED = "/policy/eng-pol-003.yaml";
    private static PolicyCatalogue bundled;

    private final String id;
    private final String title;
    private final Map<String, Requirement> requirements;

    private PolicyCatalogue(String id, String title, Map<String, Requirement> requirements) {
        this.id = id;
        this.title = title;
        this.requirements = requirements;
    }

    /** The bundled policy, read once. */
    public static synchronized PolicyCatalogue bundled() {
        if (bundled == null) {
            try (InputStream in = PolicyCatalogue.class.getResourceAsStream(BUNDLED)) {
                if (in == null) throw new IllegalStateException("bundled policy missing: " + BUNDLED);
                bundled = read(new ObjectMapper(new YAMLFactory()).readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundled;
    }

    static PolicyCatalogue read(JsonNode root) {
        Map<String, Requirement> reqs = new LinkedHashMap<>();
        for (JsonNode section : root.path("sections")) {
            List<String> soc2 = strings(section.path("soc2"));
            for (JsonNode r : section.path("requirements")) {
                Set<RequirementKind> kinds = EnumSet.noneOf(RequirementKind.class);
                for (JsonNode k : r.path("kinds")) kinds.add(RequirementKind.valueOf(k.asText().toUpperCase(Locale.ROOT)));
                Requirement req = new Requirement(r.path("id").asText(), r.path("title").asText(), kinds,
                        section.path("id").asText(), section.path("title").asText(), soc2, strings(r.path("coveredBy")));
                reqs.put(req.id(), req);
            }
        }
        return new PolicyCatalogue(root.path("id").asText(), root.path("title").asText(), reqs);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) out.add(n.asText());
        return out;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Collection<Requirement> requirements() {
        return requirements.values();
    }

    public Requirement requirement(String id) {
        return requirements.get(id);
    }

    public boolean exists(String id) {
        return requirements.containsKey(id);
    }

    /** The SOC 2 criteria of the given requirements, sorted and without repeats. */
    public List<String> soc2For(Collection<String> requirementIds) {
        Set<String> out = new TreeSet<>();
        for (String id : requirementIds) {
            Requirement r = requirements.get(id);
            if (r != null) out.addAll(r.soc2());
        }
        return List.copyOf(out);
    }
}
