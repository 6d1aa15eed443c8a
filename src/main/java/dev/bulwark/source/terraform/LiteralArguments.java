package dev.bulwark.source.terraform;

import dev.bulwark.source.NamedLiteral;
import dev.bulwark.source.hcl.Attribute;
import dev.bulwark.source.hcl.Block;
import dev.bulwark.source.hcl.Body;
import dev.bulwark.source.hcl.ConfigFile;
import dev.bulwark.source.hcl.Expr;
import dev.bulwark.source.hcl.HclJsonParser;
import dev.bulwark.source.hcl.HclParseException;
import dev.bulwark.source.hcl.HclParser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The strings a Terraform file writes literally, read from its syntax rather than its evaluated
 * values: evaluation turns {@code var.db_password} into its default, while only a value written in the
 * file is a secret committed with it. Every argument of every block (resources, data sources,
 * providers, module inputs, locals, backends, nested blocks) and every key of an object written in
 * one ({@code environment { variables = { DB_PASSWORD = "…" } }}) is looked at; a string with an
 * interpolation, a reference, a function call or a conditional is not literal. A {@code variable}
 * block yields its default, marked as declared sensitive when the block says {@code sensitive = true}.
 * {@code .tfvars} files are read the same way (their arguments are at the top level).
 */
public final class LiteralArguments {
    private LiteralArguments() {}

    /** Terraform configuration and variable files, native or JSON syntax. */
    public static boolean reads(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".tf") || name.endsWith(".tf.json") || name.endsWith(".tfvars") || name.endsWith(".tfvars.json");
    }

    /** The literal strings of {@code text}; none when it does not parse (the Terraform source reports why). */
    public static List<NamedLiteral> read(String fileName, String text) {
        ConfigFile file;
        try {
            file = fileName.endsWith(".json") ? HclJsonParser.parse(fileName, text) : HclParser.parse(fileName, text);
        } catch (HclParseException | RuntimeException e) {
            return List.of();
        }
        List<NamedLiteral> out = new ArrayList<>();
        Body body = file.body();
        for (Attribute a : body.attributes()) visit(a.name(), a.expr(), "argument " + a.name(), false, out);
        for (Block b : body.blocks()) {
            String where = describe(b);
            if (b.type().equals("variable")) variable(b, where, out);
            else block(b.body(), where, out);
        }
        return out;
    }

    private static void variable(Block b, String where, List<NamedLiteral> out) {
        Attribute def = b.body().attribute("default");
        if (def == null) return;
        Attribute sensitive = b.body().attribute("sensitive");
        boolean declared = sensitive != null && sensitive.expr() instanceof Expr.BoolLit flag && flag.value();
        String name = b.labels().isEmpty() ? "default" : b.labels().get(0);
        visit(name, def.expr(), where + " default", declared, out);
    }

    private static void block(Body body, String where, List<NamedLiteral> out) {
        for (Attribute a : body.attributes()) visit(a.name(), a.expr(), where + " argument " + a.name(), false, out);
        for (Block nested : body.blocks()) block(nested.body(), where, out);
    }

    private static void visit(String name, Expr expr, String where, boolean declared, List<NamedLiteral> out) {
        if (expr instanceof Expr.Template t) {
            String text = literal(t);
            if (text != null) {
                out.add(new NamedLiteral(name, text, t.range().startLine(), t.range().startColumn(), t.range().endLine(), declared, where));
            }
        } else if (expr instanceof Expr.ObjectCons o) {
            for (Expr.ObjectItem item : o.items()) {
                String key = key(item.key());
                if (key != null) visit(key, item.value(), where + " key " + key, declared, out);
            }
        } else if (expr instanceof Expr.Tuple t) {
            for (Expr item : t.items()) visit(name, item, where, declared, out);
        } else if (expr instanceof Expr.Parens p) {
            visit(name, p.inner(), where, declared, out);
        }
    }

    /** The text of a template made of literal parts only, else null. */
    private static String literal(Expr.Template t) {
        StringBuilder sb = new StringBuilder();
        for (Expr.Part p : t.parts()) {
            if (!(p instanceof Expr.Part.Literal lit)) return null;
            sb.append(lit.text());
        }
        return sb.toString();
    }

    private static String key(Expr key) {
        if (key instanceof Expr.Variable v) return v.name();
        if (key instanceof Expr.Template t) return literal(t);
        if (key instanceof Expr.Parens p) return key(p.inner());
        return null;
    }

    private static String describe(Block b) {
        StringBuilder sb = new StringBuilder(b.type());
        for (String label : b.labels()) sb.append(" \"").append(label).append('"');
        return sb.toString();
    }
}
