package dev.bulwark.source.hcl;

import java.util.Arrays;

/**
 * State shared by the lexer and the parsers of one native-syntax parse: the file name for errors,
 * the identifier table, and the stack of constructs currently open. The stack bounds recursion
 * (absurd nesting becomes a clean error instead of a stack overflow) and lets an unexpected end
 * of file name the construct that was left open.
 */
final class NativeParseContext {
    /**
     * Far deeper than any real configuration (they nest a few dozen levels at most), shallow
     * enough that the recursive descent stays well within a 1 MB thread stack even before the JIT
     * has settled (about 2 KB per level at worst; constructs using more stack count twice).
     */
    static final int MAX_DEPTH = 256;

    /** Kinds of open construct; NESTING is recursion that has no delimiter worth naming. */
    static final int NESTING = 0;
    static final int BRACE = 1;
    static final int BRACKET = 2;
    static final int PAREN = 3;
    static final int INTERPOLATION = 4;
    static final int DIRECTIVE = 5;
    static final int BLOCK = 6;

    final String fileName;
    final NativeIdentifiers names = NativeIdentifiers.forThread();

    private int[] kinds = new int[32];
    private int[] lines = new int[32];
    private int[] columns = new int[32];
    private String[] blockTypes = new String[32];
    private int depth;

    NativeParseContext(String fileName) {
        this.fileName = fileName;
    }

    /** Opens a construct that starts at the given position; fails cleanly past {@link #MAX_DEPTH}. */
    void enter(int kind, int line, int column, int offset, String blockType) throws HclParseException {
        if (depth >= MAX_DEPTH) {
            throw error(new Pos(line, column, offset), "nesting is too deep (more than " + MAX_DEPTH + " levels)");
        }
        if (depth == kinds.length) {
            int n = depth * 2;
            kinds = Arrays.copyOf(kinds, n);
            lines = Arrays.copyOf(lines, n);
            columns = Arrays.copyOf(columns, n);
            blockTypes = Arrays.copyOf(blockTypes, n);
        }
        kinds[depth] = kind;
        lines[depth] = line;
        columns[depth] = column;
        blockTypes[depth] = blockType;
        depth++;
    }

    void enter(int kind, NativeToken opener) throws HclParseException {
        enter(kind, opener.startLine, opener.startColumn, opener.startOffset, null);
    }

    void enter(int kind, Pos at) throws HclParseException {
        enter(kind, at.line(), at.column(), at.offset(), null);
    }

    void exit() {
        depth--;
    }

    int depth() {
        return depth;
    }

    HclParseException error(Pos pos, String message) {
        return new HclParseException(fileName, pos, message);
    }

    /**
     * The error for finding {@code found} where {@code expectation} was needed. At the end of the
     * file the innermost open construct is named instead, which is what a person needs to fix.
     */
    HclParseException unexpected(NativeToken found, String expectation) {
        if (found.type == NativeTokenType.EOF) {
            String open = innermostOpen();
            if (open != null) {
                return error(found.start(), open);
            }
        }
        return error(found.start(), "expected " + expectation + ", found " + found.describe());
    }

    /** Describes the innermost open delimiter for an end-of-file error, or null when none is open. */
    private String innermostOpen() {
        for (int i = depth - 1; i >= 0; i--) {
            String where = lines[i] + ":" + columns[i];
            switch (kinds[i]) {
                case BRACE:
                    return "unclosed \"{\" opened at " + where;
                case BRACKET:
                    return "unclosed \"[\" opened at " + where;
                case PAREN:
                    return "unclosed \"(\" opened at " + where;
                case INTERPOLATION:
                    return "unclosed \"${\" opened at " + where;
                case DIRECTIVE:
                    return "unclosed \"%{\" opened at " + where;
                case BLOCK:
                    return "unexpected end of file inside block \"" + blockTypes[i] + "\" opened at " + where;
                default:
                    break;
            }
        }
        return null;
    }
}
