package dev.bulwark.engine;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.Value;
import dev.bulwark.rule.builtin.dockerfile.SecretsInEnvOrArg;
import dev.bulwark.rule.builtin.kubernetes.EnvSecrets;
import dev.bulwark.secret.SecretFamily;
import dev.bulwark.secret.SecretJudge;
import dev.bulwark.secret.SecretMatch;
import dev.bulwark.secret.SecretScanner;
import dev.bulwark.secret.SecretValue;
import dev.bulwark.source.NamedLiteral;
import dev.bulwark.source.dockerfile.DockerfileSource;
import dev.bulwark.source.kubernetes.KubernetesSource;
import dev.bulwark.source.terraform.LiteralArguments;
import dev.bulwark.source.tree.FileTree;
import dev.bulwark.source.workflow.EnvLiterals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The secrets of the scanned files, each file read once: its bytes go through the shaped detectors in
 * one pass, and through its format's own structure where it has one (Terraform arguments written as
 * literals, workflow {@code env:} entries; Kubernetes Secret objects, Dockerfile ENV/ARG and container
 * env from the loaded model), where a name that means a secret judges a literal value. Binary files
 * (a NUL byte near the start) and files over {@link FileTree#MAX_FILE_BYTES} are not read.
 *
 * <p>One secret, one finding: a shaped secret inside a judged literal is reported once, by its
 * shape; a Dockerfile ENV/ARG or container env entry that BW-DKR-003 or BW-K8S-SEC-001 already
 * fails on is left to that rule while it runs (its id keeps working for suppressions and baselines).
 */
final class SecretSweep {
    /** As git decides: a NUL byte within the first 8000 bytes makes a file binary. */
    static final int SNIFF_BYTES = 8000;
    static final String DOCKERFILE_RULE = "BW-DKR-003";
    static final String POD_ENV_RULE = "BW-K8S-SEC-001";
    /** {@link Found#coveredBy()} of a secret whose shape's finding in the same file reports it. */
    static final String SHAPED = "shape";
    /** The shape of an AWS secret access key, and how far from its key id it is taken for its partner. */
    private static final java.util.regex.Pattern AWS_SECRET_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9/+]{40}");
    private static final int AWS_PARTNER_LINES = 5;

    /**
     * @param where     the place in words (an argument, an env entry), or null when the file's structure says nothing
     * @param detail    what was recognised, in words without the value
     * @param owner     the resource whose block holds it, or null for a secret outside any resource
     * @param coveredBy the id of a running rule that reports this secret already (so no second finding is made), or null
     */
    record Found(SecretValue secret, SourceLocation at, String where, String detail, Resource owner, String coveredBy) {
        Found(SecretValue secret, SourceLocation at, String where, String detail, Resource owner) {
            this(secret, at, where, detail, owner, null);
        }

        Found coveredBy(String ruleId) {
            return new Found(secret, at, where, detail, owner, ruleId);
        }
    }

    private final Function<Path, String> display;
    private final Map<String, List<Resource>> resourcesByFile = new HashMap<>();
    private final boolean dockerfileRuleRuns;
    private final boolean podEnvRuleRuns;

    /**
     * @param ruleIds the ids of the rules that run in this scan: entries their rules judge are left to them
     */
    SecretSweep(InfrastructureModel model, Function<Path, String> display, Set<String> ruleIds) {
        this.display = display;
        this.dockerfileRuleRuns = ruleIds.contains(DOCKERFILE_RULE);
        this.podEnvRuleRuns = ruleIds.contains(POD_ENV_RULE);
        for (Resource r : model.resources()) {
            if (r.location() != null && r.location().startLine() > 0) {
                resourcesByFile.computeIfAbsent(r.location().file(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    /** Every secret of every file, in file and line order; files in parallel. */
    List<Found> sweep(List<Path> files) {
        return files.parallelStream().flatMap(f -> file(f).stream())
                .sorted(Comparator.comparing((Found s) -> s.at().file()).thenComparingInt(s -> s.at().startLine())
                        .thenComparingInt(s -> s.at().startColumn()))
                .toList();
    }

    /** The secrets of one file; none when it cannot be read or is binary (the sources report unreadable files). */
    List<Found> file(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > FileTree.MAX_FILE_BYTES) return List.of();
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        if (binary(bytes)) return List.of();
        String shown = display.apply(file);
        List<Found> out = new ArrayList<>();
        Map<Integer, String> coveredLines = new HashMap<>();
        List<Resource> resources = resourcesByFile.getOrDefault(shown, List.of());
        List<Found> structured = structured(file, shown, bytes, resources, coveredLines);
        List<SecretMatch> shaped = new ArrayList<>();
        for (SecretMatch m : SecretScanner.standard().scan(bytes)) {
            // Generic name = value judgement is made by each format's structure below, not by lines.
            if (m.family() == SecretFamily.GENERIC_ASSIGNMENT) continue;
            shaped.add(m);
            int endLine = m.line() + lineBreaks(bytes, m.start(), m.end());
            SourceLocation at = new SourceLocation(shown, m.line(), m.column(), endLine, m.column());
            out.add(new Found(m.secret(), at, null, m.detail(), owner(resources, m.line()), coveredLines.get(m.line())));
        }
        Set<String> seen = new HashSet<>();
        for (Found s : structured) {
            // An ENV inherited by a later stage is the same secret on the same line: once.
            if (!seen.add(s.secret().fingerprint() + "@" + s.at().startLine())) continue;
            // Reported by its shape already, it is still hidden wherever it shows.
            out.add(s.coveredBy() == null && alreadyShaped(s, shaped) ? s.coveredBy(SHAPED) : s);
        }
        return out;
    }

    /** The secrets a format's structure shows, and the lines a running rule already judges. */
    private List<Found> structured(Path file, String shown, byte[] bytes, List<Resource> resources, Map<Integer, String> coveredLines) {
        List<Found> out = new ArrayList<>();
        List<NamedLiteral> literals = List.of();
        if (LiteralArguments.reads(file)) literals = LiteralArguments.read(shown, new String(bytes, StandardCharsets.UTF_8));
        else if (EnvLiterals.reads(file)) literals = EnvLiterals.read(shown, bytes);
        for (NamedLiteral l : literals) {
            SecretValue secret = judge(l.name(), l.value(), l.declaredSensitive());
            if (secret == null) continue;
            SourceLocation at = new SourceLocation(shown, l.line(), l.column(), l.endLine(), l.column());
            out.add(new Found(secret, at, l.where(), detail(secret, l.name(), l.declaredSensitive()), owner(resources, l.line())));
        }
        for (Resource r : resources) {
            if (r.format().equals(KubernetesSource.FORMAT) && r.type().equals("Secret")) secretObject(r, out);
            else if (r.format().equals(KubernetesSource.FORMAT)) containerEnv(r, r.attributes(), "", out, coveredLines);
            else if (r.format().equals(DockerfileSource.FORMAT)) stageEnv(r, out, coveredLines);
        }
        return out;
    }

    /** A Kubernetes Secret's {@code data} (base64, decoded) and {@code stringData} entries: each is a secret by declaration. */
    private void secretObject(Resource r, List<Found> out) {
        for (String map : List.of("data", "stringData")) {
            if (!(r.attribute(map) instanceof Value.Obj entries)) continue;
            for (Map.Entry<String, Value> e : entries.fields().entrySet()) {
                if (!(e.getValue() instanceof Value.Str s)) continue;
                String value = map.equals("data") ? decoded(s.value()) : s.value();
                SecretValue secret = judge(e.getKey(), value, true);
                SourceLocation at = r.attributeLocations().get(map + "." + e.getKey());
                if (secret == null || at == null) continue;
                String detail = secret.family() == SecretFamily.GENERIC_ASSIGNMENT ? "a value committed in a Kubernetes Secret object"
                        : detail(secret, e.getKey(), false) + " committed in a Kubernetes Secret object";
                out.add(new Found(secret, at, map + " key " + e.getKey(), detail, r));
            }
        }
    }

    /** Container {@code env} entries with a literal {@code value}, wherever they are in the object. */
    private void containerEnv(Resource r, Value v, String path, List<Found> out, Map<Integer, String> coveredLines) {
        if (v instanceof Value.Obj o) {
            for (Map.Entry<String, Value> e : o.fields().entrySet()) {
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (e.getKey().equals("env") && e.getValue() instanceof Value.ListV env) envEntries(r, env, child, out, coveredLines);
                else containerEnv(r, e.getValue(), child, out, coveredLines);
            }
        } else if (v instanceof Value.ListV l) {
            for (int i = 0; i < l.items().size(); i++) containerEnv(r, l.items().get(i), path + "[" + i + "]", out, coveredLines);
        }
    }

    private void envEntries(Resource r, Value.ListV env, String path, List<Found> out, Map<Integer, String> coveredLines) {
        for (int i = 0; i < env.items().size(); i++) {
            if (!(env.items().get(i) instanceof Value.Obj entry)) continue;
            if (!(entry.fields().get("name") instanceof Value.Str name) || !(entry.fields().get("value") instanceof Value.Str value)) continue;
            SourceLocation at = r.attributeLocations().get(path + "[" + i + "].value");
            if (at == null) continue;
            String coveredBy = podEnvRuleRuns && EnvSecrets.flags(name.value(), value.value()) ? POD_ENV_RULE : null;
            if (coveredBy != null) coveredLines.put(at.startLine(), coveredBy);
            SecretValue secret = judge(name.value(), value.value(), coveredBy != null);
            if (secret != null) out.add(new Found(secret, at, "env " + name.value(), detail(secret, name.value(), false), r, coveredBy));
        }
    }

    /** A Dockerfile stage's ENV and ARG values (its model already resolves which are literal). */
    private void stageEnv(Resource stage, List<Found> out, Map<Integer, String> coveredLines) {
        for (String map : List.of("env", "args")) {
            if (!(stage.attribute(map) instanceof Value.Obj vars)) continue;
            for (Map.Entry<String, Value> e : vars.fields().entrySet()) {
                if (!(e.getValue() instanceof Value.Str s)) continue;
                SourceLocation at = stage.attributeLocations().get(map + "." + e.getKey());
                if (at == null) continue;
                String coveredBy = dockerfileRuleRuns && SecretsInEnvOrArg.flags(e.getKey(), s.value()) ? DOCKERFILE_RULE : null;
                if (coveredBy != null) coveredLines.put(at.startLine(), coveredBy);
                // A value the running rule reports is still a secret to hide, whatever this judgement says of its name.
                SecretValue secret = judge(e.getKey(), s.value(), coveredBy != null);
                String keyword = map.equals("env") ? "ENV " : "ARG ";
                if (secret != null) out.add(new Found(secret, at, keyword + e.getKey(), detail(secret, e.getKey(), false), stage, coveredBy));
            }
        }
    }

    /**
     * The secret in {@code name = value}: its shape's family when it has one; else, when the name means a
     * secret (or the format declares it one), a generic secret unless the value is empty, a placeholder
     * or a reference.
     */
    static SecretValue judge(String name, String value, boolean declaredSecret) {
        if (value == null || value.isBlank()) return null;
        if (declaredSecret) {
            List<SecretMatch> shaped = SecretScanner.standard().scan(value);
            if (!shaped.isEmpty()) return shaped.get(0).secret();
            return SecretJudge.literalSecret(value) ? SecretValue.of(SecretFamily.GENERIC_ASSIGNMENT, value.strip()) : null;
        }
        return SecretJudge.assignment(name, value).orElse(null);
    }

    private static String detail(SecretValue secret, String name, boolean declared) {
        if (secret.family() != SecretFamily.GENERIC_ASSIGNMENT) return "a " + secret.family().id().replace('-', ' ') + " under " + name;
        return declared ? "a literal value of " + name + ", declared secret" : "a literal value under the secret name " + name;
    }

    /**
     * True when a shaped match of the same file already reports this structured secret's value; an AWS
     * secret access key written a few lines from its access key id is part of that match (one key pair, one finding).
     */
    private static boolean alreadyShaped(Found s, List<SecretMatch> shaped) {
        String value = s.secret().unsafeValue();
        for (SecretMatch m : shaped) {
            if (m.family() == SecretFamily.AWS_ACCESS_KEY && AWS_SECRET_KEY.matcher(value).matches()
                    && Math.abs(s.at().startLine() - m.line()) <= AWS_PARTNER_LINES) return true;
            String found = m.secret().unsafeValue();
            boolean sameLines = m.line() >= s.at().startLine() && m.line() <= Math.max(s.at().endLine(), s.at().startLine());
            if (found.equals(value) || sameLines && value.contains(found)) return true;
        }
        return false;
    }

    /** The innermost resource whose block holds {@code line}; of several instances of one block, the first by address. */
    private static Resource owner(List<Resource> resources, int line) {
        Resource best = null;
        for (Resource r : resources) {
            SourceLocation l = r.location();
            int end = Math.max(l.endLine(), l.startLine());
            if (line < l.startLine() || line > end) continue;
            if (best == null || span(l) < span(best.location())
                    || span(l) == span(best.location()) && r.address().compareTo(best.address()) < 0) best = r;
        }
        return best;
    }

    private static int span(SourceLocation l) {
        return Math.max(l.endLine(), l.startLine()) - l.startLine();
    }

    private static String decoded(String base64) {
        try {
            return new String(Base64.getMimeDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return base64;
        }
    }

    static boolean binary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) return true;
        }
        return false;
    }

    private static int lineBreaks(byte[] bytes, int from, int to) {
        int n = 0;
        for (int i = from; i < to && i < bytes.length; i++) {
            if (bytes[i] == '\n') n++;
        }
        return n;
    }
}
