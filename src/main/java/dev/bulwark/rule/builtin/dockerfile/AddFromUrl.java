package dev.bulwark.rule.builtin.dockerfile;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;

import java.util.List;
import java.util.regex.Pattern;

/**
 * ADD fetches a URL or a git repository at build time without checking what arrives, unless its
 * {@code --checksum} names the expected digest. A stage with an ADD whose source is remote and that
 * has no checksum fails, pointing at that ADD; a stage with no remote ADD passes.
 */
public final class AddFromUrl extends StageLogic {
    private static final Pattern REMOTE = Pattern.compile("(?i)^(https?|ftp)://.*|^git@[^:]+:.*");

    @Override
    public Outcome evaluate(Resource stage, RuleContext context) {
        List<Value.Obj> instructions = instructions(stage);
        for (int i = 0; i < instructions.size(); i++) {
            Value.Obj ins = instructions.get(i);
            if (!"ADD".equals(text(ins.get("keyword")))) continue;
            List<String> args = strings(ins.get("arguments"));
            boolean checksum = ins.get("flags") instanceof Value.Obj flags && flags.get("checksum") instanceof Value.Str;
            for (int a = 0; a < args.size() - 1; a++) {
                String source = args.get(a) == null ? "" : unquote(args.get(a));
                if (REMOTE.matcher(source).matches() && !checksum) {
                    return Outcome.fail(describe(stage) + " fetches " + source + " with ADD on line " + line(ins) + " without a --checksum, so whatever the server sends goes into the image",
                            "instructions[" + i + "]");
                }
            }
        }
        return Outcome.pass(describe(stage) + " fetches nothing remote with ADD, or checks it with --checksum");
    }
}
