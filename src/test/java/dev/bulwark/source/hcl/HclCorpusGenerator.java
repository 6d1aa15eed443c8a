package dev.bulwark.source.hcl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a deterministic corpus of syntactically valid HCL files that combine every construct of
 * the native syntax: attributes, blocks with 0-3 quoted or bare labels, one-line blocks,
 * comments, quoted templates with interpolations, directives and strip markers, both heredoc
 * kinds, escapes, numbers, bools, null, tuples, objects with every key form, operators,
 * conditionals, traversals with index/legacy index/splats, function calls (with {@code ...} and
 * provider functions) and for expressions. Some files use CRLF line endings.
 *
 * <p>The output stays within what HashiCorp's HCL-to-JSON conversion can represent, so that the
 * differential test compares like with like: attribute names are unique per body, block types
 * never share a name with an attribute, and all blocks of one type in a body have the same number
 * of labels.
 */
final class HclCorpusGenerator {
    static final long SEED = 0x5EED_BA1AL;

    private static final String[] ATTRIBUTE_NAMES = {
        "name", "bucket", "region", "cidr_block", "enabled", "port", "tags", "policy", "description",
        "instance_type", "subnet_ids", "kms_key_id", "retention", "priority", "protocol", "values",
        "source", "version", "timeout", "labels", "settings", "user_data", "count_hint", "arn",
    };
    private static final String[] BLOCK_TYPES = {
        "resource", "data", "module", "rule", "setting", "ingress", "filter", "listener",
        "statement", "lifecycle_rule", "mount", "endpoint", "origin", "condition", "network",
    };
    private static final String[] ROOTS = {
        "var", "local", "each", "count", "module", "data", "aws_instance", "self", "path", "item",
    };
    private static final String[] MEMBERS = {
        "id", "arn", "name", "value", "key", "index", "subnets", "tags", "outputs", "config", "list",
    };
    private static final String[] FUNCTIONS = {
        "upper", "lower", "join", "concat", "merge", "length", "lookup", "format", "coalesce", "try",
        "jsonencode", "cidrsubnet", "max", "min", "element", "tolist", "toset", "timestamp",
        "provider::aws::arn_parse", "provider::terraform::encode_tfvars",
    };
    private static final String[] WORDS = {
        "alpha", "bravo", "prod", "eu-west-1", "10.0.0.0/16", "s3://bucket/key", "a b c", "x_y",
        "Grüße", "日本語", "😀", "café", "path/to/file.txt", "arn:aws:iam::123:role/x", "v1.2.3",
    };
    private static final String[] ESCAPES = {
        "\\n", "\\t", "\\\"", "\\\\", "\\r", "\\u00e9", "\\u2713", "\\U0001F680", "$${literal}", "%%{literal}",
    };
    private static final String[] BINARY_OPERATORS = {
        "+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||",
    };
    private static final String[] HEREDOC_MARKERS = {"EOT", "EOF", "POLICY", "SCRIPT", "END"};

    private final Random random;

    HclCorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Replaces the generated files in {@code dir} with {@code count} new ones and returns their
     * paths in a stable order.
     */
    static List<Path> writeCorpus(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : (Iterable<Path>) old::iterator) {
                Files.delete(p);
            }
        }
        HclCorpusGenerator generator = new HclCorpusGenerator(SEED);
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean variablesFile = i % 8 == 7;
            String name = String.format("generated-%03d.%s", i, variablesFile ? "tfvars" : "tf");
            String text = variablesFile ? generator.variablesFile() : generator.configFile();
            if (i % 10 == 3) {
                text = text.replace("\n", "\r\n");
            }
            Path path = dir.resolve(name);
            Files.writeString(path, text, StandardCharsets.UTF_8);
            paths.add(path);
        }
        return paths;
    }

    /** Operator counts of the long flat chains: the old nesting limit, one past it, and far beyond. */
    static final int[] CHAIN_LENGTHS = {256, 257, 1_000, 10_000};
    /** Attributes of the chain files that hold a chain; the rest are literals that must survive. */
    static final Set<String> CHAIN_ATTRIBUTES = Set.of("sum", "logic", "mixed", "path");

    /**
     * Writes one file per length in {@link #CHAIN_LENGTHS}: flat chains of one operator, of the
     * logical operators, of all thirteen operators in turn over varied operands, and of traversal
     * steps, at the top level and inside a block, each followed by a literal that must still be read.
     */
    static List<Path> writeLongChains(Path dir) throws IOException {
        Files.createDirectories(dir);
        HclCorpusGenerator generator = new HclCorpusGenerator(SEED + 1);
        List<Path> paths = new ArrayList<>();
        for (int operators : CHAIN_LENGTHS) {
            StringBuilder out = new StringBuilder();
            out.append("sum = ").append(generator.chain(operators, new String[] {"+"})).append('\n');
            out.append("logic = ").append(generator.chain(operators, new String[] {"&&", "||"})).append('\n');
            out.append("path = var.root").append(".items[0]".repeat(operators)).append('\n');
            out.append("after_top = \"still read\"\n");
            out.append("resource \"aws_s3_bucket\" \"chain\" {\n");
            out.append("  mixed = ").append(generator.chain(operators, BINARY_OPERATORS)).append('\n');
            out.append("  after_block = ").append(operators).append('\n');
            out.append("}\n");
            Path path = dir.resolve(String.format("chain-%05d.tf", operators));
            Files.writeString(path, out, StandardCharsets.UTF_8);
            paths.add(path);
        }
        return paths;
    }

    /** {@code operators} binary operators drawn in turn from {@code ops}, between short operands. */
    private String chain(int operators, String[] ops) {
        StringBuilder sb = new StringBuilder(chainOperand());
        for (int i = 0; i < operators; i++) {
            sb.append(' ').append(ops[i % ops.length]).append(' ').append(chainOperand());
        }
        return sb.toString();
    }

    private String chainOperand() {
        return switch (random.nextInt(6)) {
            case 0 -> Integer.toString(random.nextInt(1000));
            case 1 -> "var." + pick(MEMBERS);
            case 2 -> "local." + pick(MEMBERS) + "[" + random.nextInt(3) + "]";
            case 3 -> "length(var." + pick(MEMBERS) + ")";
            case 4 -> "(" + random.nextInt(10) + " - var." + pick(MEMBERS) + ")";
            default -> "-" + random.nextInt(10);
        };
    }

    String configFile() {
        StringBuilder out = new StringBuilder();
        if (chance(30)) {
            out.append(comment()).append('\n');
        }
        body(out, 0, 2 + random.nextInt(4), 6 + random.nextInt(12));
        return out.toString();
    }

    String variablesFile() {
        StringBuilder out = new StringBuilder("# generated variable values\n");
        BodyNames names = new BodyNames();
        int count = 3 + random.nextInt(10);
        for (int i = 0; i < count; i++) {
            attribute(out, "", names.attributeName(), 2);
        }
        return out.toString();
    }

    // ---- bodies and blocks -------------------------------------------------------------------

    /** Names already used in one body, so the body stays convertible by hcl2json. */
    private final class BodyNames {
        private final Set<String> attributes = new HashSet<>();
        private final Map<String, Integer> blockLabelCounts = new HashMap<>();

        String attributeName() {
            String base = pick(ATTRIBUTE_NAMES);
            String name = base;
            for (int n = 2; !attributes.add(name); n++) {
                name = base + "_" + n;
            }
            return name;
        }

        /** A block type and the label count every block of that type in this body uses. */
        Map.Entry<String, Integer> blockType(int maxLabels) {
            String type = pick(BLOCK_TYPES);
            int labels = blockLabelCounts.computeIfAbsent(type, t -> random.nextInt(maxLabels + 1));
            return Map.entry(type, labels);
        }
    }

    private void body(StringBuilder out, int depth, int maxDepth, int items) {
        String indent = "  ".repeat(depth);
        BodyNames names = new BodyNames();
        for (int i = 0; i < items; i++) {
            int kind = random.nextInt(10);
            if (kind < 1) {
                out.append(indent).append(comment()).append('\n');
            } else if (kind < 2) {
                out.append('\n');
            } else if (kind < 6 || depth >= maxDepth) {
                attribute(out, indent, names.attributeName(), 3);
            } else {
                block(out, indent, names, depth, maxDepth);
            }
        }
    }

    private void block(StringBuilder out, String indent, BodyNames names, int depth, int maxDepth) {
        Map.Entry<String, Integer> type = names.blockType(depth == 0 ? 3 : 2);
        out.append(indent).append(type.getKey());
        for (int i = 0; i < type.getValue(); i++) {
            out.append(' ').append(label());
        }
        if (chance(20)) {
            out.append(" {");
            if (chance(60)) {
                out.append(' ').append(pick(ATTRIBUTE_NAMES)).append(" = ").append(expr(2, true));
            }
            out.append(" }\n");
            return;
        }
        out.append(" {");
        if (chance(15)) {
            out.append(' ').append(comment());
        }
        out.append('\n');
        body(out, depth + 1, maxDepth, random.nextInt(7));
        out.append(indent).append("}\n");
    }

    private String label() {
        if (chance(25)) {
            return identifier();
        }
        StringBuilder label = new StringBuilder("\"").append(identifier());
        if (chance(30)) {
            label.append(pick(new String[] {"-v2", ".example.com", " with space", "/path", "-ü"}));
        }
        return label.append('"').toString();
    }

    private void attribute(StringBuilder out, String indent, String name, int depth) {
        out.append(indent).append(name).append(" = ");
        if (chance(8)) {
            heredoc(out, indent);
            return;
        }
        out.append(chance(20) ? multiLine(indent, depth) : expr(depth, true));
        if (chance(15)) {
            out.append(' ').append(lineComment());
        }
        out.append('\n');
    }

    // ---- expressions ---------------------------------------------------------------------------

    /** An expression on one line; {@code singleLine} forbids constructs that need line breaks. */
    String expr(int depth, boolean singleLine) {
        if (depth <= 0) {
            return leaf();
        }
        switch (random.nextInt(14)) {
            case 0:
            case 1:
                return leaf();
            case 2:
                return tuple(depth - 1);
            case 3:
                return object(depth - 1);
            case 4:
            case 5:
                return template(depth - 1);
            case 6:
                return operand(depth - 1) + ' ' + pick(BINARY_OPERATORS) + ' ' + operand(depth - 1);
            case 7:
                return unary(depth - 1);
            case 8:
                return operand(depth - 1) + " ? " + operand(depth - 1) + " : " + operand(depth - 1);
            case 9:
                return call(depth - 1);
            case 10:
                return forExpr(depth - 1);
            case 11:
                return traversal(depth - 1);
            case 12:
                return "(" + expr(depth - 1, true) + ")";
            default:
                return number();
        }
    }

    /** An expression safe to use next to an operator: simple, or wrapped in parentheses. */
    private String operand(int depth) {
        int kind = random.nextInt(5);
        if (kind == 0 || depth <= 0) {
            return leaf();
        }
        if (kind == 1) {
            return traversal(depth);
        }
        if (kind == 2) {
            return call(depth);
        }
        return "(" + expr(depth, true) + ")";
    }

    /**
     * {@code -x} or {@code !x}. hcl2json folds unary operators on constants, so a constant
     * operand must have the type the operator needs.
     */
    private String unary(int depth) {
        boolean negate = chance(50);
        if (chance(40)) {
            return negate ? "-" + number() : "!" + (chance(50) ? "true" : "false");
        }
        return (negate ? "-" : "!") + traversal(depth);
    }

    private String leaf() {
        switch (random.nextInt(8)) {
            case 0:
            case 1:
                return number();
            case 2:
            case 3:
                return quotedLiteral();
            case 4:
                return chance(50) ? "true" : "false";
            case 5:
                return "null";
            case 6:
                return chance(50) ? "[]" : "{}";
            default:
                return traversal(0);
        }
    }

    private String number() {
        switch (random.nextInt(6)) {
            case 0:
                return "0";
            case 1:
                return Integer.toString(random.nextInt(100000));
            case 2:
                return random.nextInt(1000) + "." + (1 + random.nextInt(999));
            case 3:
                return (1 + random.nextInt(9)) + pick(new String[] {"e", "E"}) + pick(new String[] {"", "+", "-"})
                        + random.nextInt(20);
            case 4:
                return Long.toString(1L + (random.nextLong() >>> 11));
            default:
                return "0." + String.format("%03d", random.nextInt(1000));
        }
    }

    /** A quoted string without interpolation: plain text, escapes and non-ASCII characters. */
    private String quotedLiteral() {
        StringBuilder s = new StringBuilder("\"");
        int pieces = random.nextInt(5);
        for (int i = 0; i < pieces; i++) {
            s.append(literalPiece(true));
        }
        return s.append('"').toString();
    }

    /** One run of literal template text; {@code quoted} allows backslash escapes. */
    private String literalPiece(boolean quoted) {
        int kind = random.nextInt(10);
        if (kind < 5) {
            return pick(WORDS) + (chance(50) ? " " : "");
        }
        if (kind < 8) {
            String escape = pick(ESCAPES);
            return quoted || escape.startsWith("$") || escape.startsWith("%") ? escape : "\\";
        }
        if (kind == 8) {
            return "$ and 100% ";
        }
        return quoted ? "'quoted' " : "\"quoted\" ";
    }

    private String template(int depth) {
        StringBuilder s = new StringBuilder("\"");
        int pieces = 1 + random.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            templatePiece(s, depth, true);
        }
        return s.append('"').toString();
    }

    private void templatePiece(StringBuilder s, int depth, boolean quoted) {
        int kind = random.nextInt(10);
        if (kind < 4) {
            s.append(literalPiece(quoted));
        } else if (kind < 8) {
            s.append(chance(20) ? "${~ " : "${").append(expr(depth, true)).append(chance(20) ? " ~}" : "}");
        } else if (kind == 8) {
            s.append(directiveOpen("if " + operand(depth)));
            templatePiece(s, depth - 1, quoted);
            if (chance(50)) {
                s.append(directiveOpen("else"));
                templatePiece(s, depth - 1, quoted);
            }
            s.append(directiveOpen("endif"));
        } else {
            s.append(directiveOpen("for " + (chance(50) ? "k, v" : "v") + " in " + traversal(0)));
            s.append("[${v}]");
            s.append(directiveOpen("endfor"));
        }
    }

    private String directiveOpen(String content) {
        return (chance(20) ? "%{~ " : "%{ ") + content + (chance(20) ? " ~}" : " }");
    }

    private void heredoc(StringBuilder out, String indent) {
        String marker = pick(HEREDOC_MARKERS);
        boolean indented = chance(50);
        String contentIndent = indented ? indent + "  " + " ".repeat(random.nextInt(3)) : "";
        out.append(indented ? "<<-" : "<<").append(marker).append('\n');
        int lines = random.nextInt(5);
        for (int i = 0; i < lines; i++) {
            out.append(contentIndent);
            if (indented && chance(30)) {
                out.append("  ");
            }
            int pieces = 1 + random.nextInt(3);
            StringBuilder line = new StringBuilder();
            for (int p = 0; p < pieces; p++) {
                if (chance(70)) {
                    line.append(literalPiece(false));
                } else {
                    templatePiece(line, 1, false);
                }
            }
            out.append(line).append('\n');
        }
        out.append(indented ? indent : "").append(marker).append('\n');
    }

    private String tuple(int depth) {
        int size = random.nextInt(4);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(expr(depth, true));
        }
        return "[" + String.join(", ", items) + (size > 0 && chance(20) ? "," : "") + "]";
    }

    private String object(int depth) {
        int size = random.nextInt(4);
        Set<String> used = new HashSet<>();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(objectKey(used, depth) + (chance(20) ? ": " : " = ") + expr(depth, true));
        }
        return "{" + String.join(", ", items) + "}";
    }

    /** Every key form: bare, quoted, parenthesized expression, template; never repeated. */
    private String objectKey(Set<String> used, int depth) {
        while (true) {
            String key;
            switch (random.nextInt(5)) {
                case 0:
                case 1:
                    key = identifier();
                    break;
                case 2:
                    key = "\"" + pick(WORDS) + "\"";
                    break;
                case 3:
                    key = "(" + traversal(Math.max(0, depth - 1)) + ")";
                    break;
                default:
                    key = "\"${" + traversal(0) + "}-key\"";
                    break;
            }
            String literalForm = key.startsWith("\"") && !key.contains("${") ? key.substring(1, key.length() - 1) : key;
            if (used.add(literalForm)) {
                return key;
            }
        }
    }

    /** A tuple or object spread over lines, with comments and trailing commas. */
    private String multiLine(String indent, int depth) {
        String inner = indent + "  ";
        StringBuilder s = new StringBuilder();
        boolean isObject = chance(50);
        s.append(isObject ? "{\n" : "[\n");
        int size = 1 + random.nextInt(4);
        Set<String> used = new HashSet<>();
        for (int i = 0; i < size; i++) {
            if (chance(15)) {
                s.append(inner).append(comment()).append('\n');
            }
            s.append(inner);
            if (isObject) {
                s.append(objectKey(used, depth)).append(" = ");
            }
            s.append(expr(depth - 1, true));
            boolean last = i == size - 1;
            if (!isObject && (!last || chance(50))) {
                s.append(',');
            } else if (isObject && chance(30)) {
                s.append(',');
            }
            s.append('\n');
        }
        return s.append(indent).append(isObject ? "}" : "]").toString();
    }

    private String traversal(int depth) {
        StringBuilder s = new StringBuilder(pick(ROOTS));
        s.append('.').append(pick(MEMBERS));
        int steps = random.nextInt(3);
        boolean legacyUsed = false;
        boolean splatUsed = false; // HCL rejects a splat nested in an attribute-only splat
        for (int i = 0; i < steps; i++) {
            switch (random.nextInt(6)) {
                case 0:
                    s.append('.').append(pick(MEMBERS));
                    break;
                case 1:
                    s.append('[').append(random.nextInt(5)).append(']');
                    break;
                case 2:
                    s.append("[\"").append(pick(MEMBERS)).append("\"]");
                    break;
                case 3:
                    if (!legacyUsed) {
                        s.append('.').append(random.nextInt(4)).append('.').append(pick(MEMBERS));
                        legacyUsed = true;
                    }
                    break;
                case 4:
                    if (!splatUsed) {
                        s.append(chance(50) ? "[*]." : ".*.").append(pick(MEMBERS));
                        splatUsed = true;
                    }
                    break;
                default:
                    if (depth > 0) {
                        s.append('[').append(expr(depth - 1, true)).append(']');
                    }
                    break;
            }
        }
        return s.toString();
    }

    private String call(int depth) {
        String name = pick(FUNCTIONS);
        int argCount = name.equals("timestamp") ? 0 : random.nextInt(4);
        List<String> args = new ArrayList<>();
        for (int i = 0; i < argCount; i++) {
            args.add(expr(depth, true));
        }
        String expand = argCount > 0 && chance(15) ? "..." : "";
        return name + "(" + String.join(", ", args) + expand + ")";
    }

    private String forExpr(int depth) {
        String collection = chance(70) ? traversal(0) : tuple(depth);
        boolean twoVars = chance(50);
        String vars = twoVars ? "k, v" : "v";
        String condition = chance(30) ? " if " + operand(depth) : "";
        if (chance(50)) {
            return "[for " + vars + " in " + collection + " : " + expr(depth, true) + condition + "]";
        }
        String key = twoVars ? "k" : "v.name";
        String grouping = chance(20) ? "..." : "";
        return "{for " + vars + " in " + collection + " : " + key + " => " + expr(depth, true) + grouping + condition + "}";
    }

    // ---- small pieces --------------------------------------------------------------------------

    private String identifier() {
        String[] starts = {"app", "web", "db", "logs", "main", "edge", "blue", "green", "k8s", "vpc"};
        String[] ends = {"", "_1", "-a", "_primary", "2", "-replica"};
        return pick(starts) + pick(ends);
    }

    private String comment() {
        switch (random.nextInt(3)) {
            case 0:
                return "# hash comment ${not.interpolated}";
            case 1:
                return "// slash comment with \"quotes\"";
            default:
                return "/* block comment */";
        }
    }

    private String lineComment() {
        return chance(50) ? "# trailing" : "// trailing";
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
