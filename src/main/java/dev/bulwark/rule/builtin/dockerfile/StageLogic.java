package dev.bulwark.rule.builtin.dockerfile;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.ResourceLogic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Logic for Dockerfile build stages ({@code dockerfile_stage}), with readers for the attributes such rules look at. */
abstract class StageLogic implements ResourceLogic {
    static final String TYPE = "dockerfile_stage";

    @Override
    public final Set<String> resourceTypes() {
        return Set.of(TYPE);
    }

    @Override
    public final String format() {
        return "dockerfile";
    }

    /** The stage's RUN commands, in order (index {@code i} is attribute {@code run[i]}); unknown ones are left as null. */
    static List<String> runs(Resource stage) {
        return strings(stage.attribute("run"));
    }

    /** A RUN command that matched: its index (attribute {@code run[index]}), line and the matched text. */
    record RunMatch(int index, int line, String matched) {
        String attribute() {
            return "run[" + index + "]";
        }
    }

    /** The first RUN of the stage in which one of {@code patterns} is found, or null. */
    static RunMatch firstRun(Resource stage, List<java.util.regex.Pattern> patterns) {
        List<String> runs = runs(stage);
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i) == null) continue;
            for (java.util.regex.Pattern p : patterns) {
                // Shell line continuations inside here-documents join lines as the shell would.
                java.util.regex.Matcher m = p.matcher(runs.get(i).replace("\\\n", " "));
                if (m.find()) {
                    var at = stage.attributeLocations().get("run[" + i + "]");
                    return new RunMatch(i, at == null ? 0 : at.startLine(), m.group().strip());
                }
            }
        }
        return null;
    }

    /** The stage's instructions as attribute objects, in order (index {@code i} is attribute {@code instructions[i]}). */
    static List<Value.Obj> instructions(Resource stage) {
        List<Value.Obj> out = new ArrayList<>();
        if (stage.attribute("instructions") instanceof Value.ListV list) {
            for (Value v : list.items()) out.add(v instanceof Value.Obj o ? o : Value.Obj.EMPTY);
        }
        return out;
    }

    static List<String> strings(Value list) {
        List<String> out = new ArrayList<>();
        if (list instanceof Value.ListV l) {
            for (Value v : l.items()) out.add(v instanceof Value.Str s ? s.value() : null);
        }
        return out;
    }

    static String text(Value v) {
        return v instanceof Value.Str s ? s.value() : null;
    }

    /** The line an instruction object was written on, 0 when not known. */
    static int line(Value.Obj instruction) {
        return instruction.get("line") instanceof Value.Num n ? n.value().intValue() : 0;
    }

    static boolean isTrue(Value v) {
        return v instanceof Value.Bool b && b.value();
    }

    /** How a finding names the stage: {@code stage runtime of app/Dockerfile}. */
    static String describe(Resource stage) {
        return "stage " + stage.name() + " of " + stage.scope();
    }

    /** The word without one pair of surrounding quotes. */
    static String unquote(String word) {
        if (word.length() >= 2 && (word.startsWith("\"") && word.endsWith("\"") || word.startsWith("'") && word.endsWith("'"))) {
            return word.substring(1, word.length() - 1);
        }
        return word;
    }
}
