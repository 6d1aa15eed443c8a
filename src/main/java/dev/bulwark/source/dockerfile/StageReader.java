package dev.bulwark.source.dockerfile;

import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a parsed Dockerfile into one {@code dockerfile_stage} resource per build stage. Global ARGs
 * (before the first FROM) are substituted into FROM; inside a stage, ARG and ENV values are
 * substituted as Docker does (ENV wins over ARG of the same name). A stage built FROM an earlier
 * stage starts with that stage's ENV, USER and EXPOSE, as the image it builds on has them. The last
 * stage is the final one, the image {@code docker build} produces without {@code --target}.
 */
final class StageReader {
    static final String TYPE = "dockerfile_stage";

    private final String file;
    private final char escape;
    private final List<ParsedDockerfile.Problem> problems = new ArrayList<>();
    private final Map<String, String> globalArgs = new LinkedHashMap<>();
    private final List<Stage> stages = new ArrayList<>();

    private StageReader(String file, char escape) {
        this.file = file;
        this.escape = escape;
    }

    record Result(List<Resource> resources, List<ParsedDockerfile.Problem> problems) {}

    /** @param file how the file is named in addresses and locations */
    static Result read(String file, ParsedDockerfile parsed) {
        StageReader r = new StageReader(file, parsed.escape());
        for (Instruction i : parsed.instructions()) r.add(i);
        List<Resource> out = new ArrayList<>();
        java.util.Set<Stage> shipped = new java.util.HashSet<>();
        for (Stage s = r.stages.isEmpty() ? null : r.stages.get(r.stages.size() - 1); s != null && shipped.add(s); s = s.parent) { }
        for (Stage s : r.stages) out.add(s.resource(s == r.stages.get(r.stages.size() - 1), shipped.contains(s)));
        return new Result(out, r.problems);
    }

    /** The stage's address: {@code Dockerfile:<file>#stage=<name or index>}. */
    static String address(String file, String stage) {
        return "Dockerfile:" + file + "#stage=" + stage;
    }

    private void add(Instruction i) {
        if (i.keyword().equals("FROM")) {
            from(i);
            return;
        }
        Stage s = stages.isEmpty() ? null : stages.get(stages.size() - 1);
        if (s == null) {
            if (i.keyword().equals("ARG")) {
                for (Token t : i.arguments()) declare(t, globalArgs, globalArgs, null, null);
            } else {
                problems.add(new ParsedDockerfile.Problem(i.line(), i.column(), i.keyword() + " before the first FROM: only ARG may come before it"));
            }
            return;
        }
        s.add(i);
    }

    /** Declares one {@code NAME[=default]} into {@code into}, the default expanded with {@code scope}. */
    private void declare(Token t, Map<String, String> into, Map<String, String> scope, Map<String, SourceLocation> at, Map<String, String> globals) {
        String word = t.text();
        int eq = word.indexOf('=');
        String name = eq < 0 ? word : word.substring(0, eq);
        String value;
        if (eq >= 0) {
            Substitution.Result r = Substitution.expand(word.substring(eq + 1), scope, escape);
            value = r.known() ? r.text() : null;
        } else {
            value = globals != null ? globals.get(name) : null;
        }
        into.put(name, value);
        if (at != null) at.put(name, SourceLocation.at(file, t.line(), t.column()));
    }

    private void from(Instruction i) {
        List<Token> args = i.arguments();
        Token image = args.isEmpty() ? i.text() : args.get(0);
        Token name = null;
        if (args.size() == 3 && args.get(1).text().equalsIgnoreCase("AS")) {
            name = args.get(2);
        } else if (args.size() != 1) {
            problems.add(new ParsedDockerfile.Problem(i.line(), i.column(), "FROM takes an image and optionally AS and a stage name, got \"" + i.text().text() + "\""));
        }
        Substitution.Result resolved = Substitution.expand(image.text(), globalArgs, escape);
        Stage parent = null;
        if (resolved.known()) {
            for (Stage s : stages) {
                if (s.name != null && s.name.equals(resolved.text().toLowerCase(Locale.ROOT))) parent = s;
            }
            if (resolved.text().isBlank()) problems.add(new ParsedDockerfile.Problem(image.line(), image.column(), "FROM names no image once its variables are substituted"));
        }
        Flag platform = i.flag("platform");
        stages.add(new Stage(stages.size(), name == null ? null : name.text().toLowerCase(Locale.ROOT), name, i, image, resolved, parent, platform));
    }

    /** One build stage as it is read. */
    private final class Stage {
        final int index;
        final String name;
        final Token nameToken;
        final Instruction from;
        final Token image;
        final Substitution.Result resolved;
        final Stage parent;
        final Flag platform;
        final Map<String, String> args = new LinkedHashMap<>();
        final Map<String, String> env = new LinkedHashMap<>();
        final Map<String, SourceLocation> argAt = new HashMap<>();
        final Map<String, SourceLocation> envAt = new HashMap<>();
        final List<Value> expose = new ArrayList<>();
        final List<SourceLocation> exposeAt = new ArrayList<>();
        final List<Instruction> instructions = new ArrayList<>();
        final List<Value> run = new ArrayList<>();
        final List<SourceLocation> runAt = new ArrayList<>();
        final List<Value> copyFrom = new ArrayList<>();
        final List<SourceLocation> copyFromAt = new ArrayList<>();
        Value user;
        SourceLocation userAt;
        int lastLine;

        Stage(int index, String name, Token nameToken, Instruction from, Token image, Substitution.Result resolved, Stage parent, Flag platform) {
            this.index = index;
            this.name = name;
            this.nameToken = nameToken;
            this.from = from;
            this.image = image;
            this.resolved = resolved;
            this.parent = parent;
            this.platform = platform;
            this.lastLine = from.endLine();
            if (parent != null) {
                env.putAll(parent.env);
                envAt.putAll(parent.envAt);
                expose.addAll(parent.expose);
                exposeAt.addAll(parent.exposeAt);
                user = parent.user;
                userAt = parent.userAt;
            }
        }

        /** What a word of this stage sees: its ARGs, overridden by its ENV. */
        Map<String, String> scope() {
            Map<String, String> s = new HashMap<>(args);
            s.putAll(env);
            return s;
        }

        Substitution.Result expand(String word) {
            return Substitution.expand(word, scope(), escape);
        }

        void add(Instruction i) {
            instructions.add(i);
            lastLine = i.endLine();
            SourceLocation at = SourceLocation.at(file, i.line(), i.column());
            switch (i.keyword()) {
                case "ARG" -> {
                    for (Token t : i.arguments()) declare(t, args, scope(), argAt, globalArgs);
                }
                case "ENV" -> env(i);
                case "USER" -> {
                    if (i.arguments().isEmpty()) return;
                    Substitution.Result r = expand(i.arguments().get(0).text());
                    user = r.known() ? Value.of(r.text()) : unknown(r);
                    userAt = at;
                }
                case "EXPOSE" -> {
                    for (Token t : i.arguments()) {
                        Substitution.Result r = expand(t.text());
                        Map<String, Value> port = new LinkedHashMap<>();
                        if (r.known()) {
                            int slash = r.text().indexOf('/');
                            port.put("port", Value.of(slash < 0 ? r.text() : r.text().substring(0, slash)));
                            port.put("protocol", Value.of(slash < 0 ? "tcp" : r.text().substring(slash + 1).toLowerCase(Locale.ROOT)));
                        } else {
                            port.put("port", unknown(r));
                        }
                        expose.add(new Value.Obj(port));
                        exposeAt.add(SourceLocation.at(file, t.line(), t.column()));
                    }
                }
                case "RUN" -> {
                    run.add(Value.of(command(i)));
                    runAt.add(at);
                }
                case "COPY", "ADD" -> {
                    Flag f = i.flag("from");
                    if (f != null && f.value() != null) {
                        Substitution.Result r = expand(f.value());
                        copyFrom.add(r.known() ? Value.of(r.text()) : unknown(r));
                        copyFromAt.add(SourceLocation.at(file, f.line(), f.column()));
                    }
                }
                default -> { }
            }
        }

        /** {@code ENV k=v k2=v2}, or the older {@code ENV k v} whose value is the rest of the line. */
        private void env(Instruction i) {
            List<Token> words = i.arguments();
            if (words.isEmpty()) return;
            if (!words.get(0).text().contains("=")) {
                Token key = words.get(0);
                String rest = i.text().text().substring(Math.min(i.text().text().length(), key.text().length())).strip();
                Substitution.Result r = expand(rest);
                env.put(key.text(), r.known() ? r.text() : null);
                envAt.put(key.text(), SourceLocation.at(file, key.line(), key.column()));
                return;
            }
            Map<String, String> scope = scope();
            for (Token t : words) {
                int eq = t.text().indexOf('=');
                if (eq <= 0) {
                    problems.add(new ParsedDockerfile.Problem(t.line(), t.column(), "ENV expects NAME=value, got \"" + t.text() + "\""));
                    continue;
                }
                String key = t.text().substring(0, eq);
                // Every pair of one ENV sees the values from before the instruction, as in Docker.
                Substitution.Result r = Substitution.expand(t.text().substring(eq + 1), scope, escape);
                env.put(key, r.known() ? r.text() : null);
                envAt.put(key, SourceLocation.at(file, t.line(), t.column()));
            }
        }

        /** A RUN's command as the shell sees it: the exec form's words joined, then each here-document's body. */
        private String command(Instruction i) {
            StringBuilder sb = new StringBuilder();
            if (i.execForm()) {
                List<String> words = new ArrayList<>();
                for (Token t : i.arguments()) words.add(t.text());
                sb.append(String.join(" ", words));
            } else {
                sb.append(i.text().text());
            }
            for (Heredoc h : i.heredocs()) sb.append('\n').append(h.body());
            return sb.toString();
        }

        private Value unknown(Substitution.Result r) {
            return Value.unknown(UnknownReason.UNSET_VARIABLE, "ARG " + r.unknownVariable() + " has no default; its value comes from --build-arg");
        }

        Resource resource(boolean last, boolean shipped) {
            String shownName = name != null ? name : Integer.toString(index);
            Map<String, Value> a = new LinkedHashMap<>();
            Map<String, SourceLocation> at = new HashMap<>();
            SourceLocation fromAt = SourceLocation.at(file, from.line(), from.column());
            if (name != null) {
                a.put("name", Value.of(name));
                at.put("name", SourceLocation.at(file, nameToken.line(), nameToken.column()));
            }
            a.put("index", Value.of(index));
            a.put("final", Value.of(last));
            a.put("in_final_image", Value.of(shipped));
            a.put("image", image());
            at.put("image", SourceLocation.at(file, image.line(), image.column()));
            if (platform != null && platform.value() != null) {
                a.put("platform", Value.of(platform.value()));
                at.put("platform", SourceLocation.at(file, platform.line(), platform.column()));
            }
            if (user != null) {
                a.put("user", user);
                at.put("user", userAt);
            }
            a.put("env", strings(env, envAt, "env", at));
            a.put("args", strings(args, argAt, "args", at));
            a.put("expose", list(expose, exposeAt, "expose", at));
            a.put("run", list(run, runAt, "run", at));
            a.put("copy_from", list(copyFrom, copyFromAt, "copy_from", at));
            List<Value> list = new ArrayList<>();
            for (int n = 0; n < instructions.size(); n++) {
                Instruction i = instructions.get(n);
                list.add(instruction(i));
                at.put("instructions[" + n + "]", SourceLocation.at(file, i.line(), i.column()));
            }
            a.put("instructions", new Value.ListV(list));
            SourceLocation whole = new SourceLocation(file, from.line(), from.column(), lastLine, 1);
            return new Resource(DockerfileSource.FORMAT, address(file, shownName), TYPE, shownName, file, whole, new Value.Obj(a), at, Map.of());
        }

        /** The base image: as written, resolved, and split; or the earlier stage or scratch it starts from. */
        private Value image() {
            Map<String, Value> img = new LinkedHashMap<>();
            img.put("written", Value.of(image.text()));
            if (!resolved.known()) {
                Value u = unknown(resolved);
                img.put("reference", u);
                img.put("registry", u);
                img.put("repository", u);
                img.put("tag", u);
                img.put("digest", u);
                img.put("scratch", u);
                return new Value.Obj(img);
            }
            String ref = resolved.text();
            img.put("reference", Value.of(ref));
            if (parent != null) {
                img.put("stage", Value.of(parent.name));
                img.put("scratch", Value.FALSE);
                return new Value.Obj(img);
            }
            boolean scratch = ref.equalsIgnoreCase("scratch");
            img.put("scratch", Value.of(scratch));
            if (scratch || ref.isBlank()) return new Value.Obj(img);
            ImageReference parsed = ImageReference.parse(ref);
            img.put("registry", Value.of(parsed.registry()));
            img.put("repository", Value.of(parsed.repository()));
            if (parsed.tag() != null) img.put("tag", Value.of(parsed.tag()));
            if (parsed.digest() != null) img.put("digest", Value.of(parsed.digest()));
            return new Value.Obj(img);
        }

        private Value instruction(Instruction i) {
            Map<String, Value> o = new LinkedHashMap<>();
            o.put("keyword", Value.of(i.keyword()));
            o.put("line", Value.of(i.line()));
            o.put("text", Value.of(i.text().text()));
            List<Value> args = new ArrayList<>();
            for (Token t : i.arguments()) args.add(Value.of(t.text()));
            o.put("arguments", new Value.ListV(args));
            o.put("form", Value.of(i.execForm() ? "exec" : "shell"));
            Map<String, Value> flags = new LinkedHashMap<>();
            for (Flag f : i.flags()) flags.put(f.name(), f.value() == null ? Value.TRUE : Value.of(f.value()));
            o.put("flags", new Value.Obj(flags));
            List<Value> docs = new ArrayList<>();
            for (Heredoc h : i.heredocs()) docs.add(new Value.Obj(Map.of("name", Value.of(h.name()), "body", Value.of(h.body()))));
            o.put("heredocs", new Value.ListV(docs));
            return new Value.Obj(o);
        }

        private Value strings(Map<String, String> values, Map<String, SourceLocation> where, String attribute, Map<String, SourceLocation> at) {
            Map<String, Value> o = new LinkedHashMap<>();
            values.forEach((k, v) -> o.put(k, v == null ? (attribute.equals("args") ? Value.NULL
                    : Value.unknown(UnknownReason.UNSET_VARIABLE, "derived from an ARG without a default")) : Value.of(v)));
            where.forEach((k, loc) -> {
                if (values.containsKey(k)) at.put(attribute + "." + k, loc);
            });
            return new Value.Obj(o);
        }

        private Value list(List<Value> items, List<SourceLocation> where, String attribute, Map<String, SourceLocation> at) {
            for (int n = 0; n < where.size(); n++) at.put(attribute + "[" + n + "]", where.get(n));
            return new Value.ListV(items);
        }
    }
}
