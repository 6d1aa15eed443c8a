package dev.bulwark.rule;

import dev.bulwark.source.located.Utf8Text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The rules of a scan: the built-in packs plus any custom packs, with ids and aliases unique. */
public final class RuleSet {
    /** Lists the built-in rule files, one resource path per line. */
    static final String BUILTIN_INDEX = "/rules/index.txt";

    private final Map<String, Rule> byId = new LinkedHashMap<>();
    private final Map<String, Rule> byAlias = new LinkedHashMap<>();

    private RuleSet() {}

    /**
     * The built-in rules, compiled once per process (they are immutable; callers get their own set to
     * add packs to). They are checked against the requirements of the first call's predicate: every
     * caller passes the bundled policy's, the only policy built-in rules are written for.
     */
    private static List<Rule> builtinRules;

    public static RuleSet builtin(Predicate<String> requirementExists) throws RuleException {
        RuleSet set = new RuleSet();
        set.addAll(builtinRules(requirementExists));
        return set;
    }

    /** The rules of each built-in file read so far, so that a rule is one object however it was asked for. */
    private static final Map<String, List<Rule>> BUILTIN_FILES = new LinkedHashMap<>();

    private static synchronized List<Rule> builtinRules(Predicate<String> requirementExists) throws RuleException {
        if (builtinRules == null) {
            List<Rule> rules = new ArrayList<>();
            for (String resource : builtinFiles()) rules.addAll(builtinFile(resource, requirementExists));
            builtinRules = List.copyOf(rules);
        }
        return builtinRules;
    }

    private static synchronized List<Rule> builtinFile(String resource, Predicate<String> requirementExists) throws RuleException {
        List<Rule> rules = BUILTIN_FILES.get(resource);
        if (rules == null) {
            rules = List.copyOf(RuleLoader.compilingOnUse(requirementExists).read(resource, readResource(resource)));
            BUILTIN_FILES.put(resource, rules);
        }
        return rules;
    }

    /**
     * The built-in rules of one folder of the index ({@code host} for {@code rules/host/*.yaml}) only, for a
     * command that can use no others: reading every rule file is most of a short command's work.
     */
    public static RuleSet builtinIn(String folder, Predicate<String> requirementExists) throws RuleException {
        RuleSet set = new RuleSet();
        for (String resource : builtinFiles()) {
            if (resource.startsWith("rules/" + folder + "/")) set.addAll(builtinFile(resource, requirementExists));
        }
        return set;
    }

    /** Adds every {@code *.yaml}/{@code *.yml} file under {@code dir} (a custom rule pack). */
    public void addPack(Path dir, Predicate<String> requirementExists) throws RuleException {
        if (!Files.isDirectory(dir)) throw new RuleException(dir + ": rule pack directory not found");
        RuleLoader loader = new RuleLoader(requirementExists);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new RuleException(dir + ": cannot read rule pack: " + e.getMessage());
        }
        for (Path f : files) {
            try {
                addAll(loader.read(f.toString(), Utf8Text.decode(Files.readAllBytes(f))));
            } catch (Utf8Text.NotTextException e) {
                throw new RuleException(f + ":" + e.line() + ": " + e.detail());
            } catch (IOException e) {
                throw new RuleException(f + ": cannot read: " + e.getMessage());
            }
        }
    }

    private void addAll(List<Rule> rules) throws RuleException {
        for (Rule r : rules) {
            Rule clash = find(r.id()).orElse(null);
            if (clash != null) throw new RuleException(r.source() + ": rule id " + r.id() + " is already used by a rule in " + clash.source());
            for (String alias : r.metadata().aliases()) {
                Rule other = find(alias).orElse(null);
                if (other != null) throw new RuleException(r.source() + ": alias " + alias + " of " + r.id() + " is already used by " + other.id());
                byAlias.put(alias, r);
            }
            byId.put(r.id(), r);
        }
    }

    /** The rule with this id or alias. */
    public Optional<Rule> find(String id) {
        Rule r = byId.get(id);
        return Optional.ofNullable(r != null ? r : byAlias.get(id));
    }

    public List<Rule> all() {
        return List.copyOf(byId.values());
    }

    private static List<String> builtinFiles() throws RuleException {
        List<String> out = new ArrayList<>();
        for (String line : readResource(BUILTIN_INDEX).split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) out.add(l);
        }
        return out;
    }

    private static String readResource(String path) throws RuleException {
        try (InputStream in = RuleSet.class.getResourceAsStream(path.startsWith("/") ? path : "/" + path)) {
            if (in == null) throw new RuleException(path + ": built-in rule file missing from the package");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleException(path + ": cannot read: " + e.getMessage());
        }
    }
}
