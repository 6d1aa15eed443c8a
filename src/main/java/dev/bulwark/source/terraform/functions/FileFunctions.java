package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import dev.bulwark.source.terraform.functions.Builtin.Unknowns;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Functions that read the configuration's own files, through the evaluator's {@link FunctionContext}. */
final class FileFunctions {
    private FileFunctions() {}

    /** Each file function, built for one context on demand. */
    static final Map<String, Function<FunctionContext, Builtin>> FACTORIES = factories();

    private static Map<String, Function<FunctionContext, Builtin>> factories() {
        Map<String, Function<FunctionContext, Builtin>> f = new LinkedHashMap<>();
        f.put("file", ctx -> Builtin.of("file", 1, a -> Value.of(EncodingFunctions.decodeUtf8(a,
                ctx.readBytes(a.string(0)),
                "the contents of " + Json.quote(a.string(0)) + " are not valid UTF-8; use filebase64 for binary files"))));
        f.put("fileexists", ctx -> Builtin.of("fileexists", 1, a -> Value.of(ctx.fileExists(a.string(0)))));
        f.put("fileset", ctx -> Builtin.of("fileset", 2,
                a -> CollectionFunctions.strings(ctx.glob(a.string(0), a.string(1)))));
        f.put("filebase64", ctx -> Builtin.of("filebase64", 1,
                a -> Value.of(Base64.getEncoder().encodeToString(ctx.readBytes(a.string(0))))));
        f.put("filemd5", ctx -> Builtin.of("filemd5", 1, a -> HashFunctions.hex("MD5", ctx.readBytes(a.string(0)))));
        f.put("filesha1", ctx -> Builtin.of("filesha1", 1, a -> HashFunctions.hex("SHA-1", ctx.readBytes(a.string(0)))));
        f.put("filesha256", ctx -> Builtin.of("filesha256", 1, a -> HashFunctions.hex("SHA-256", ctx.readBytes(a.string(0)))));
        f.put("filesha512", ctx -> Builtin.of("filesha512", 1, a -> HashFunctions.hex("SHA-512", ctx.readBytes(a.string(0)))));
        f.put("filebase64sha256", ctx -> Builtin.of("filebase64sha256", 1,
                a -> HashFunctions.b64("SHA-256", ctx.readBytes(a.string(0)))));
        f.put("filebase64sha512", ctx -> Builtin.of("filebase64sha512", 1,
                a -> HashFunctions.b64("SHA-512", ctx.readBytes(a.string(0)))));
        f.put("templatefile", ctx -> Builtin.of("templatefile", 2, a -> {
            String path = a.string(0);
            Value vars = a.known(1);
            if (!(vars instanceof Value.Obj)) {
                throw a.argError(1, "must be an object or map of template variables, got " + vars.typeName());
            }
            String text = EncodingFunctions.decodeUtf8(a, ctx.readBytes(path),
                    "the template " + Json.quote(path) + " is not valid UTF-8");
            return ctx.renderTemplate(text, vars);
        }).unknowns(Unknowns.TOP_LEVEL));
        return java.util.Collections.unmodifiableMap(f);
    }
}
