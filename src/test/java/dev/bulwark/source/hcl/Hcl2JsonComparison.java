package dev.bulwark.source.hcl;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a body parsed by Bulwark with hcl2json's rendering of the same file. hcl2json nests
 * blocks as {@code {"type": {"label1": {"label2": [ {body}, ... ]}}}} (a block without labels is
 * {@code {"type": [ {body} ]}}), writes attributes as {@code "name": value}, renders literal values
 * as JSON values, escapes literal {@code ${} and {@code %{} in strings as {@code $${} and
 * {@code %%{}, and renders other expressions as {@code "${source}"} or (for some constant
 * expressions) their folded value.
 *
 * <p>Structure (block types, labels, nesting, attribute names) must match exactly. Literal values
 * must match; for other expressions only the attribute's presence is checked, except that tuple
 * and object constructors must keep their shape.
 */
final class Hcl2JsonComparison {
    private final List<String> mismatches = new ArrayList<>();
    private int literalsCompared;
    private int attributesCompared;
    private int blocksCompared;

    List<String> mismatches() {
        return mismatches;
    }

    int literalsCompared() {
        return literalsCompared;
    }

    int attributesCompared() {
        return attributesCompared;
    }

    int blocksCompared() {
        return blocksCompared;
    }

    void compareBody(Body ours, JsonNode theirs, String path) {
        if (!theirs.isObject()) {
            mismatch(path, "hcl2json has " + theirs.getNodeType() + " where Bulwark has a body");
            return;
        }
        Set<String> expectedKeys = new LinkedHashSet<>();
        for (Attribute attribute : ours.attributes()) {
            expectedKeys.add(attribute.name());
            JsonNode value = theirs.get(attribute.name());
            String attributePath = join(path, attribute.name());
            if (value == null) {
                mismatch(attributePath, "attribute missing in hcl2json output");
                continue;
            }
            attributesCompared++;
            compareExpr(attribute.expr(), value, attributePath);
        }
        Map<String, List<Block>> byType = new LinkedHashMap<>();
        for (Block block : ours.blocks()) {
            byType.computeIfAbsent(block.type(), t -> new ArrayList<>()).add(block);
        }
        for (Map.Entry<String, List<Block>> entry : byType.entrySet()) {
            expectedKeys.add(entry.getKey());
            compareBlocksOfType(entry.getKey(), entry.getValue(), theirs.get(entry.getKey()), join(path, entry.getKey()));
        }
        for (Iterator<String> it = theirs.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!expectedKeys.contains(key)) {
                mismatch(join(path, key), "hcl2json has this key but Bulwark has no such attribute or block");
            }
        }
    }

    private void compareBlocksOfType(String type, List<Block> blocks, JsonNode theirs, String path) {
        if (theirs == null) {
            mismatch(path, "block type missing in hcl2json output");
            return;
        }
        int labelCount = blocks.get(0).labels().size();
        for (Block block : blocks) {
            if (block.labels().size() != labelCount) {
                mismatch(path, "corpus problem: blocks of type " + type + " with different label counts");
                return;
            }
        }
        compareLabelLevel(blocks, 0, labelCount, theirs, path);
    }

    /** Groups blocks by their label at {@code level} and walks hcl2json's nested objects. */
    private void compareLabelLevel(List<Block> blocks, int level, int labelCount, JsonNode theirs, String path) {
        if (level == labelCount) {
            compareBodies(blocks, theirs, path);
            return;
        }
        if (!theirs.isObject()) {
            mismatch(path, "expected an object keyed by label " + (level + 1) + ", hcl2json has " + theirs.getNodeType());
            return;
        }
        Map<String, List<Block>> byLabel = new LinkedHashMap<>();
        for (Block block : blocks) {
            byLabel.computeIfAbsent(block.labels().get(level), l -> new ArrayList<>()).add(block);
        }
        for (Map.Entry<String, List<Block>> entry : byLabel.entrySet()) {
            JsonNode next = theirs.get(entry.getKey());
            String labelPath = path + "[\"" + entry.getKey() + "\"]";
            if (next == null) {
                mismatch(labelPath, "block label missing in hcl2json output");
                continue;
            }
            compareLabelLevel(entry.getValue(), level + 1, labelCount, next, labelPath);
        }
        for (Iterator<String> it = theirs.fieldNames(); it.hasNext(); ) {
            String label = it.next();
            if (!byLabel.containsKey(label)) {
                mismatch(path + "[\"" + label + "\"]", "hcl2json has a block with this label but Bulwark does not");
            }
        }
    }

    private void compareBodies(List<Block> blocks, JsonNode theirs, String path) {
        if (!theirs.isArray()) {
            mismatch(path, "expected an array of block bodies, hcl2json has " + theirs.getNodeType());
            return;
        }
        if (theirs.size() != blocks.size()) {
            mismatch(path, "Bulwark has " + blocks.size() + " block(s), hcl2json has " + theirs.size());
            return;
        }
        for (int i = 0; i < blocks.size(); i++) {
            blocksCompared++;
            compareBody(blocks.get(i).body(), theirs.get(i), path + "[" + i + "]");
        }
    }

    private void compareExpr(Expr ours, JsonNode theirs, String path) {
        if (isLiteral(ours)) {
            literalsCompared++;
            compareLiteral(ours, theirs, path);
        } else if (ours instanceof Expr.Tuple tuple) {
            compareTuple(tuple, theirs, path);
        } else if (ours instanceof Expr.ObjectCons object) {
            compareObject(object, theirs, path);
        }
        // Any other expression: hcl2json shows "${source}" or a folded value; presence is enough.
    }

    private void compareLiteral(Expr ours, JsonNode theirs, String path) {
        if (ours instanceof Expr.NullLit) {
            expect(theirs.isNull(), path, "null", theirs);
        } else if (ours instanceof Expr.BoolLit b) {
            expect(theirs.isBoolean() && theirs.booleanValue() == b.value(), path, Boolean.toString(b.value()), theirs);
        } else if (ours instanceof Expr.Template) {
            String expected = escapeLikeHcl2json(literalText(ours));
            expect(theirs.isTextual() && theirs.textValue().equals(expected), path, quote(expected), theirs);
        } else if (ours instanceof Expr.Tuple tuple) {
            compareTuple(tuple, theirs, path);
        } else if (ours instanceof Expr.ObjectCons object) {
            compareObject(object, theirs, path);
        } else {
            BigDecimal number = numberValue(ours);
            // hcl2json goes through JavaScript, so numbers arrive as doubles.
            double expected = number.doubleValue();
            expect(theirs.isNumber() && theirs.doubleValue() == expected, path, number.toPlainString(), theirs);
        }
    }

    private void compareTuple(Expr.Tuple tuple, JsonNode theirs, String path) {
        if (!theirs.isArray() || theirs.size() != tuple.items().size()) {
            mismatch(path, "expected a tuple of " + tuple.items().size() + " item(s), hcl2json has " + theirs);
            return;
        }
        for (int i = 0; i < tuple.items().size(); i++) {
            compareExpr(tuple.items().get(i), theirs.get(i), path + "[" + i + "]");
        }
    }

    private void compareObject(Expr.ObjectCons object, JsonNode theirs, String path) {
        if (!theirs.isObject() || theirs.size() != object.items().size()) {
            mismatch(path, "expected an object of " + object.items().size() + " item(s), hcl2json has " + theirs);
            return;
        }
        for (Expr.ObjectItem item : object.items()) {
            String key = literalKey(item);
            if (key == null) {
                continue; // an expression key; hcl2json renders its source, which is not compared
            }
            JsonNode value = theirs.get(key);
            if (value == null) {
                mismatch(join(path, key), "object key missing in hcl2json output");
            } else {
                compareExpr(item.value(), value, join(path, key));
            }
        }
    }

    // ---- what counts as a literal --------------------------------------------------------------

    /** True for values hcl2json writes as plain JSON: literals and containers of literals. */
    static boolean isLiteral(Expr expr) {
        if (expr instanceof Expr.NullLit || expr instanceof Expr.BoolLit || expr instanceof Expr.NumberLit) {
            return true;
        }
        if (expr instanceof Expr.Unary u) {
            return u.op() == Expr.UnaryOp.NEGATE && u.operand() instanceof Expr.NumberLit;
        }
        if (expr instanceof Expr.Template t) {
            return t.parts().stream().allMatch(p -> p instanceof Expr.Part.Literal);
        }
        if (expr instanceof Expr.Tuple tuple) {
            return tuple.items().stream().allMatch(Hcl2JsonComparison::isLiteral);
        }
        if (expr instanceof Expr.ObjectCons object) {
            return object.items().stream().allMatch(i -> literalKey(i) != null && isLiteral(i.value()));
        }
        return false;
    }

    /** The key as a string when it is a bare identifier or a literal string, else null. */
    static String literalKey(Expr.ObjectItem item) {
        if (item.key() instanceof Expr.Variable v) {
            return v.name();
        }
        if (item.key() instanceof Expr.Template t && isLiteral(t)) {
            return literalText(t);
        }
        return null;
    }

    static String literalText(Expr template) {
        StringBuilder sb = new StringBuilder();
        for (Expr.Part part : ((Expr.Template) template).parts()) {
            sb.append(((Expr.Part.Literal) part).text());
        }
        return sb.toString();
    }

    private static BigDecimal numberValue(Expr expr) {
        if (expr instanceof Expr.NumberLit n) {
            return n.value();
        }
        return ((Expr.NumberLit) ((Expr.Unary) expr).operand()).value().negate();
    }

    /** hcl2json output is itself Terraform JSON, where literal "${" and "%{" must be escaped. */
    static String escapeLikeHcl2json(String literal) {
        return literal.replace("${", "$${").replace("%{", "%%{");
    }

    // ---- reporting ------------------------------------------------------------------------------

    private void expect(boolean ok, String path, String expected, JsonNode theirs) {
        if (!ok) {
            mismatch(path, "Bulwark has " + expected + ", hcl2json has " + theirs);
        }
    }

    private void mismatch(String path, String message) {
        mismatches.add(path + ": " + message);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + '"';
    }
}
