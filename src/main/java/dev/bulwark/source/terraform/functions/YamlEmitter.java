package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes YAML the way Terraform's {@code yamlencode} does (libyaml's emitter as configured there):
 * block style, every string double-quoted unless it spans lines (then a literal block), empty
 * collections as {@code []}/{@code {}}, long quoted strings folded after column 80, and a
 * {@code ...} end marker after a document that ends open (a bare top-level scalar).
 */
final class YamlEmitter {
    private static final int INDENT_STEP = 2;
    private static final int WIDTH = 80;
    private static final int MAX_SIMPLE_KEY_BYTES = 128;

    private enum Style { PLAIN, DOUBLE_QUOTED, LITERAL }

    private final StringBuilder out = new StringBuilder();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private int indent = -1;
    private int column;
    private boolean whitespace = true;
    private boolean indention = true;
    private boolean openEnded;
    private boolean rootContext;
    private boolean mappingContext;
    private boolean simpleKeyContext;

    private YamlEmitter() {}

    static String emit(Value v) throws FunctionException {
        YamlEmitter e = new YamlEmitter();
        e.node(v, true, false, false, 0);
        e.writeIndent(); // document end
        if (e.openEnded) {
            e.writeIndicator("...", true, false, false);
            e.writeIndent();
        }
        return e.out.toString();
    }

    private void node(Value v, boolean root, boolean mapping, boolean simpleKey, int depth) throws FunctionException {
        if (depth > 1000) {
            throw new FunctionException("value is nested too deeply to encode");
        }
        rootContext = root;
        mappingContext = mapping;
        simpleKeyContext = simpleKey;
        if (v instanceof Value.Unknown) {
            throw new FunctionException("value is not known yet, so it cannot be encoded");
        } else if (v instanceof Value.ListV l) {
            if (l.items().isEmpty()) {
                emptyFlow("[", "]");
            } else {
                sequence(l, depth);
            }
        } else if (v instanceof Value.Obj o) {
            if (o.fields().isEmpty()) {
                emptyFlow("{", "}");
            } else {
                mapping(o, depth);
            }
        } else if (v instanceof Value.Str s) {
            scalar(s.value(), s.value().indexOf('\n') >= 0 ? Style.LITERAL : Style.DOUBLE_QUOTED);
        } else if (v instanceof Value.Num n) {
            scalar(Convert.formatNumber(n.value()), Style.PLAIN);
        } else if (v instanceof Value.Bool b) {
            scalar(b.value() ? "true" : "false", Style.PLAIN);
        } else {
            scalar("null", Style.PLAIN);
        }
    }

    private void emptyFlow(String open, String close) {
        writeIndicator(open, true, true, false);
        writeIndicator(close, false, false, false);
    }

    private void sequence(Value.ListV list, int depth) throws FunctionException {
        // A sequence that is a mapping value sits at the mapping's own indentation.
        increaseIndent(false, mappingContext && !indention);
        for (Value item : list.items()) {
            writeIndent();
            writeIndicator("-", true, false, true);
            node(item, false, false, false, depth + 1);
        }
        indent = indents.pop();
    }

    private void mapping(Value.Obj obj, int depth) throws FunctionException {
        increaseIndent(false, false);
        for (String key : Order.sortedKeys(obj.fields())) {
            Value value = obj.get(key);
            writeIndent();
            if (isSimpleKey(key)) {
                node(Value.of(key), false, true, true, depth + 1);
                writeIndicator(":", false, false, false);
            } else {
                writeIndicator("?", true, false, true);
                node(Value.of(key), false, true, false, depth + 1);
                writeIndent();
                writeIndicator(":", true, false, true);
            }
            node(value, false, true, false, depth + 1);
        }
        indent = indents.pop();
    }

    private static boolean isSimpleKey(String key) {
        return key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_SIMPLE_KEY_BYTES && !hasBreak(key);
    }

    private void scalar(String text, Style requested) {
        Style style = requested;
        if (style == Style.LITERAL && (simpleKeyContext || !blockAllowed(text))) {
            style = Style.DOUBLE_QUOTED;
        }
        increaseIndent(true, false);
        switch (style) {
            case PLAIN -> plain(text);
            case DOUBLE_QUOTED -> doubleQuoted(text, !simpleKeyContext);
            case LITERAL -> literal(text);
        }
        indent = indents.pop();
    }

    private void plain(String text) {
        if (!whitespace) {
            put(' ');
        }
        write(text);
        whitespace = false;
        indention = false;
        if (rootContext) {
            openEnded = true;
        }
    }

    private void doubleQuoted(String text, boolean allowBreaks) {
        writeIndicator("\"", true, false, false);
        boolean spaces = false;
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (!isPrintable(cp) || cp == 0xFEFF || isBreak(cp) || cp == '"' || cp == '\\') {
                put('\\');
                write(escape(cp));
                spaces = false;
            } else if (cp == ' ') {
                if (allowBreaks && !spaces && column > WIDTH && i != 0 && i != cps.length - 1) {
                    writeIndent();
                    if (cps[i + 1] == ' ') {
                        put('\\');
                    }
                } else {
                    put(' ');
                }
                spaces = true;
            } else {
                putCodePoint(cp);
                spaces = false;
            }
        }
        writeIndicator("\"", false, false, false);
        whitespace = false;
        indention = false;
    }

    private static String escape(int cp) {
        switch (cp) {
            case 0x00: return "0";
            case 0x07: return "a";
            case 0x08: return "b";
            case 0x09: return "t";
            case 0x0A: return "n";
            case 0x0B: return "v";
            case 0x0C: return "f";
            case 0x0D: return "r";
            case 0x1B: return "e";
            case '"': return "\"";
            case '\\': return "\\";
            case 0x85: return "N";
            case 0xA0: return "_";
            case 0x2028: return "L";
            case 0x2029: return "P";
            default:
                if (cp <= 0xFF) {
                    return String.format("x%02X", cp);
                }
                return cp <= 0xFFFF ? String.format("u%04X", cp) : String.format("U%08X", cp);
        }
    }

    private void literal(String text) {
        writeIndicator("|", true, false, false);
        blockHints(text);
        putBreak();
        indention = true;
        whitespace = true;
        boolean breaks = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isBreak(cp)) {
                if (cp == '\n') {
                    putBreak();
                } else {
                    putCodePoint(cp);
                    column = 0;
                }
                indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                putCodePoint(cp);
                indention = false;
                breaks = false;
            }
        }
    }

    /** Indentation hint when the text starts with a space, and the chomping indicator for its line ends. */
    private void blockHints(String text) {
        if (!text.isEmpty() && (text.charAt(0) == ' ' || isBreak(text.codePointAt(0)))) {
            writeIndicator(String.valueOf(INDENT_STEP), false, false, false);
        }
        openEnded = false;
        String chomp = null;
        if (text.isEmpty()) {
            chomp = "-";
        } else {
            int last = text.codePointBefore(text.length());
            int beforeLast = text.length() - Character.charCount(last);
            if (!isBreak(last)) {
                chomp = "-";
            } else if (beforeLast == 0) {
                chomp = "+";
                openEnded = true;
            } else if (isBreak(text.codePointBefore(beforeLast))) {
                chomp = "+";
                openEnded = true;
            }
        }
        if (chomp != null) {
            writeIndicator(chomp, false, false, false);
        }
    }

    /** A literal block cannot keep trailing spaces, spaces before a line break, or unprintable characters. */
    private static boolean blockAllowed(String text) {
        if (text.isEmpty()) {
            return false;
        }
        boolean previousSpace = false;
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (!isPrintable(cp)) {
                return false;
            }
            if (cp == ' ') {
                if (i == cps.length - 1) {
                    return false;
                }
                previousSpace = true;
            } else if (isBreak(cp)) {
                if (previousSpace) {
                    return false;
                }
                previousSpace = false;
            } else {
                previousSpace = false;
            }
        }
        return true;
    }

    /** libyaml's printable set: no tab, no C1 controls, nothing beyond the BMP. */
    private static boolean isPrintable(int cp) {
        return cp == 0x0A || (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF);
    }

    private static boolean isBreak(int cp) {
        return cp == '\r' || cp == '\n' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    private static boolean hasBreak(String s) {
        return s.codePoints().anyMatch(YamlEmitter::isBreak);
    }

    private void increaseIndent(boolean flow, boolean indentless) {
        indents.push(indent);
        if (indent < 0) {
            indent = flow ? INDENT_STEP : 0;
        } else if (!indentless) {
            indent += INDENT_STEP;
        }
    }

    private void writeIndent() {
        int target = Math.max(indent, 0);
        if (!indention || column > target || (column == target && !whitespace)) {
            putBreak();
        }
        while (column < target) {
            put(' ');
        }
        whitespace = true;
        indention = true;
    }

    private void writeIndicator(String indicator, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
        if (needWhitespace && !whitespace) {
            put(' ');
        }
        write(indicator);
        whitespace = isWhitespace;
        indention = indention && isIndention;
        openEnded = false;
    }

    private void write(String s) {
        s.codePoints().forEach(this::putCodePoint);
    }

    private void put(char c) {
        out.append(c);
        column++;
    }

    private void putCodePoint(int cp) {
        out.appendCodePoint(cp);
        column++;
    }

    private void putBreak() {
        out.append('\n');
        column = 0;
    }
}
