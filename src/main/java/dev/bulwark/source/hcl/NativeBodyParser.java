package dev.bulwark.source.hcl;

import static dev.bulwark.source.hcl.NativeTokenType.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses bodies: attributes ({@code name = expr} ending at a newline) and blocks
 * ({@code type label... { body }}), including the one-line form {@code type { name = expr }}.
 */
final class NativeBodyParser {
    private final NativeParseContext ctx;
    private final NativeLexer lx;
    private final NativeExpressionParser expressions;
    private final NativeTemplateParser templates;

    NativeBodyParser(NativeParseContext ctx, NativeLexer lexer, NativeExpressionParser expressions,
                     NativeTemplateParser templates) {
        this.ctx = ctx;
        this.lx = lexer;
        this.expressions = expressions;
        this.templates = templates;
    }

    /** The whole file: its body range runs from {@code fileStart} to the end of the input. */
    Body parseFile(Pos fileStart) throws HclParseException {
        List<Attribute> attributes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        parseItems(attributes, blocks, null);
        NativeToken eof = lx.next();
        return new Body(attributes, blocks, new Range(fileStart, eof.end()));
    }

    /** Reads items up to the end of the input (top level) or up to, not including, the block's "}". */
    private void parseItems(List<Attribute> attributes, List<Block> blocks, NativeToken blockType)
            throws HclParseException {
        Map<String, Attribute> seen = null;
        while (true) {
            NativeToken t = lx.peek();
            switch (t.type) {
                case NEWLINE -> lx.next();
                case EOF -> {
                    if (blockType == null) {
                        return;
                    }
                    throw ctx.unexpected(t, "\"}\"");
                }
                case RBRACE -> {
                    if (blockType != null) {
                        return;
                    }
                    throw ctx.error(t.start(), "unexpected \"}\": there is no open block to close");
                }
                case IDENT -> {
                    Attribute attribute = parseItem(blocks);
                    if (attribute != null) {
                        if (seen == null) {
                            seen = new HashMap<>();
                        }
                        Attribute earlier = seen.putIfAbsent(attribute.name(), attribute);
                        if (earlier != null) {
                            throw ctx.error(attribute.nameRange().start(), "attribute \"" + attribute.name()
                                    + "\" was already defined at " + earlier.nameRange().start());
                        }
                        attributes.add(attribute);
                    }
                }
                case OPEN_QUOTE -> throw ctx.error(t.start(),
                        "expected an attribute or block name, found a quoted string (names are written without quotes)");
                default -> throw ctx.unexpected(t, "an attribute or block name");
            }
        }
    }

    /** Parses one item starting at its name; returns the attribute, or adds the block and returns null. */
    private Attribute parseItem(List<Block> blocks) throws HclParseException {
        NativeToken name = lx.next();
        NativeToken t = lx.peek();
        if (t.type == EQUAL) {
            lx.next();
            Attribute attribute = finishAttribute(name);
            NativeToken end = lx.peek();
            if (end.type == NEWLINE) {
                lx.next();
            } else if (end.type != EOF) {
                if (end.type == COMMA) {
                    throw ctx.error(end.start(), "attributes must be separated by newlines, not commas");
                }
                throw ctx.unexpected(end, "a newline after the value of attribute \"" + name.text + "\"");
            }
            return attribute;
        }
        if (t.type == IDENT || t.type == OPEN_QUOTE || t.type == LBRACE) {
            blocks.add(parseBlock(name));
            return null;
        }
        throw ctx.unexpected(t, "\"=\" or \"{\" after attribute or block name \"" + name.text + "\"");
    }

    private Attribute finishAttribute(NativeToken name) throws HclParseException {
        Expr value = expressions.parseExpression();
        return new Attribute(name.text, value, name.rangeTo(value.range()), name.range());
    }

    private Block parseBlock(NativeToken type) throws HclParseException {
        List<String> labels = new ArrayList<>(2);
        NativeToken open;
        while (true) {
            NativeToken t = lx.next();
            if (t.type == IDENT) {
                labels.add(t.text);
            } else if (t.type == OPEN_QUOTE) {
                labels.add(templates.parseLabel(t));
            } else if (t.type == LBRACE) {
                open = t;
                break;
            } else if (t.type == NEWLINE) {
                throw ctx.error(t.start(), "the \"{\" of block \"" + type.text
                        + "\" must be on the same line as the block type and its labels");
            } else if (t.type == EQUAL) {
                throw ctx.error(t.start(), "unexpected \"=\" after the labels of block \"" + type.text
                        + "\" (an attribute has no labels; a block has no \"=\")");
            } else {
                throw ctx.unexpected(t, "a block label or \"{\" after block type \"" + type.text + "\"");
            }
        }
        ctx.enter(NativeParseContext.BLOCK, type.startLine, type.startColumn, type.startOffset, type.text);
        List<Attribute> attributes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        NativeToken first = lx.peek();
        NativeToken close;
        if (first.type == NEWLINE || first.type == RBRACE || first.type == EOF) {
            parseItems(attributes, blocks, type);
            close = lx.next();
        } else if (first.type == IDENT) {
            close = singleLineBody(type, attributes);
        } else {
            throw ctx.unexpected(first, "a newline, \"}\" or a single attribute after the \"{\" of block \""
                    + type.text + "\"");
        }
        ctx.exit();
        NativeToken after = lx.peek();
        if (after.type == NEWLINE) {
            lx.next();
        } else if (after.type != EOF) {
            throw ctx.unexpected(after, "a newline after the \"}\" that closes block \"" + type.text + "\"");
        }
        return new Block(type.text, labels, new Body(attributes, blocks, open.rangeTo(close)),
                type.rangeTo(close), type.range());
    }

    /** {@code type { name = value }} on one line: exactly one attribute, then the closing brace. */
    private NativeToken singleLineBody(NativeToken type, List<Attribute> attributes) throws HclParseException {
        NativeToken name = lx.next();
        NativeToken equals = lx.next();
        if (equals.type != EQUAL) {
            if (equals.type == IDENT || equals.type == OPEN_QUOTE || equals.type == LBRACE) {
                throw ctx.error(name.start(), "a single-line block can contain only one attribute (name = value); "
                        + "put the nested block \"" + name.text + "\" on its own line");
            }
            throw ctx.unexpected(equals, "\"=\" after attribute name \"" + name.text + "\"");
        }
        attributes.add(finishAttribute(name));
        NativeToken close = lx.next();
        switch (close.type) {
            case RBRACE:
                return close;
            case COMMA:
                throw ctx.error(close.start(), "a single-line block can contain only one attribute; "
                        + "write one attribute per line instead");
            case NEWLINE:
                throw ctx.error(close.start(), "a single-line block must be closed with \"}\" on the same line "
                        + "as its attribute");
            default:
                throw ctx.unexpected(close, "\"}\" to close the single-line block \"" + type.text + "\"");
        }
    }
}
