package dev.bulwark.engine;

import dev.bulwark.finding.Finding;
import dev.bulwark.finding.Item;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.SecretLocation;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Rule;
import dev.bulwark.rule.Status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the secrets a {@link SecretSweep} found into findings of the rules that report their families,
 * and hides them in the model: every attribute whose value holds one is marked sensitive (so
 * {@code inspect} and every report show it hidden), and their places are listed for reports that quote
 * source lines.
 */
final class SecretFindings {
    /** The type of the address a secret outside every resource is reported on: its file. */
    static final String FILE_TYPE = "file";
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    private SecretFindings() {}

    /**
     * One failed finding per secret not already reported by another running rule, for the rules among
     * {@code rules} that report secret families; a family whose rule does not run makes none.
     */
    static List<Finding> findings(List<SecretSweep.Found> found, List<Rule> rules) {
        Map<String, Rule> byId = new HashMap<>();
        for (Rule r : rules) {
            if (!r.secrets().isEmpty()) byId.put(r.id(), r);
        }
        List<Finding> out = new ArrayList<>();
        for (SecretSweep.Found s : found) {
            if (s.coveredBy() != null) continue;
            Rule rule = byId.get(s.secret().family().ruleId());
            if (rule == null) continue;
            out.add(finding(rule, s));
        }
        return out;
    }

    private static Finding finding(Rule rule, SecretSweep.Found s) {
        Resource owner = s.owner();
        String address = owner == null ? s.at().file() : owner.address();
        String type = owner == null ? FILE_TYPE : owner.type();
        SourceLocation location = owner == null ? s.at() : owner.location();
        String where = s.where() == null ? "" : " in " + s.where();
        String message = capitalised(s.detail()) + where + ": " + s.secret().redacted()
                + ", fingerprint " + s.secret().fingerprint() + "; rotate it, then keep it in a secret store and read it at run time";
        return new Finding(rule, Status.FAIL, address, type, location, s.at(), message, null, item(s));
    }

    /** The secret as the finding's item: its fingerprint (what a suppression names) and printable form. */
    static Item item(SecretSweep.Found s) {
        Map<String, String> detail = new java.util.LinkedHashMap<>();
        detail.put("fingerprint", s.secret().fingerprint());
        detail.put("redacted", s.secret().redacted());
        detail.put("family", s.secret().family().id());
        return new Item("secret", s.secret().fingerprint(), detail);
    }

    /** The model with every found secret hidden: attributes holding one marked sensitive, and their places listed. */
    static InfrastructureModel hide(InfrastructureModel model, List<SecretSweep.Found> found) {
        if (found.isEmpty()) return model;
        Set<String> values = new HashSet<>();
        List<SecretLocation> places = new ArrayList<>(model.secrets());
        for (SecretSweep.Found s : found) {
            // Compared without white space: a key block is found as one run of characters, and an
            // indented heredoc is evaluated without its indentation.
            values.add(compact(s.secret().unsafeValue()));
            places.add(new SecretLocation(s.at(), s.secret().redacted()));
        }
        List<Resource> resources = new ArrayList<>(model.resources().size());
        for (Resource r : model.resources()) resources.add(hide(r, values));
        return new InfrastructureModel(resources, model.diagnostics(), model.filesRead(), model.filesFailed(), places);
    }

    private static Resource hide(Resource r, Set<String> values) {
        Set<String> hidden = null;
        for (Map.Entry<String, Value> e : r.attributes().fields().entrySet()) {
            if (r.sensitiveAttributes().contains(e.getKey()) || !holds(e.getValue(), values)) continue;
            if (hidden == null) hidden = new HashSet<>(r.sensitiveAttributes());
            hidden.add(e.getKey());
        }
        if (hidden == null) return r;
        return new Resource(r.format(), r.address(), r.type(), r.name(), r.scope(), r.location(), r.attributes(), r.attributeLocations(),
                r.references(), hidden, r.terraform(), r.suppressions());
    }

    private static boolean holds(Value v, Set<String> values) {
        if (v instanceof Value.Str s) {
            String text = compact(s.value());
            for (String secret : values) {
                if (text.contains(secret)) return true;
            }
            return false;
        }
        if (v instanceof Value.Obj o) {
            for (Map.Entry<String, Value> e : o.fields().entrySet()) {
                if (values.contains(compact(e.getKey())) || holds(e.getValue(), values)) return true;
            }
            return false;
        }
        if (v instanceof Value.ListV l) {
            for (Value item : l.items()) {
                if (holds(item, values)) return true;
            }
        }
        if (v instanceof Value.Unknown u && u.parts() != null) {
            for (Value part : u.parts()) {
                if (holds(part, values)) return true;
            }
        }
        return false;
    }

    private static String compact(String s) {
        return WHITE_SPACE.matcher(s).replaceAll("");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
