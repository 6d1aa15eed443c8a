package dev.bulwark.source.hcl;

import static dev.bulwark.source.hcl.NativeTokenType.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent / precedence-climbing parser for native-syntax expressions.
 *
 * <p>Grammar, loosest first: conditional {@code a ? b : c} (right-nested), binary operators by
 * {@link Expr.BinaryOp#precedence} (all left-associative), prefix {@code -} and {@code !}, then a
 * term followed by traversals ({@code .name}, {@code .0}, {@code [key]}, {@code .*}, {@code [*]}).
 * Brackets, blocks, templates, prefix operators, conditionals and full splats count towards the
 * nesting limit. Chains of binary operators and of traversal steps ({@code a.b[0].c}) do not,
 * whatever their length: HCL accepts long flat chains, and they are read in a loop.
 */
final class NativeExpressionParser {
    private final NativeParseContext ctx;
    private final NativeLexer lx;
    private final NativeTemplateParser templates;

    NativeExpressionParser(NativeParseContext ctx, NativeLexer lexer, NativeTemplateParser templates) {
        this.ctx = ctx;
        this.lx = lexer;
        this.templates = templates;
    }

    Expr parseExpression() throws HclParseException {
        Expr condition = parseBinary(1);
        if (lx.peek().type != QUESTION) {
            return condition;
        }
        NativeToken question = lx.next();
        ctx.enter(NativeParseContext.NESTING, question);
        Expr whenTrue = parseExpression();
        NativeToken colon = lx.next();
        if (colon.type != COLON) {
            throw ctx.unexpected(colon, "\":\" and a false result for the conditional \"?\" at " + question.start());
        }
        Expr whenFalse = parseExpression();
        ctx.exit();
        return new Expr.Conditional(condition, whenTrue, whenFalse,
                Range.between(condition.range(), whenFalse.range()));
    }

    /**
     * Operators of one precedence level are read in a loop, so a flat chain such as
     * {@code a + b + ... + z} costs no recursion however long it is; only a step up in precedence
     * recurses, at most once per level. The chain becomes a left-deep tree, which every consumer of
     * {@link Expr.Binary} walks without recursing along its left spine.
     */
    private Expr parseBinary(int minPrecedence) throws HclParseException {
        Expr lhs = parseOperand();
        while (true) {
            Expr.BinaryOp op = binaryOp(lx.peek().type);
            if (op == null || op.precedence < minPrecedence) {
                return lhs;
            }
            lx.next();
            Expr rhs = parseBinary(op.precedence + 1);
            lhs = new Expr.Binary(op, lhs, rhs, Range.between(lhs.range(), rhs.range()));
        }
    }

    private static Expr.BinaryOp binaryOp(NativeTokenType type) {
        return switch (type) {
            case OR_OR -> Expr.BinaryOp.OR;
            case AND_AND -> Expr.BinaryOp.AND;
            case EQ_EQ -> Expr.BinaryOp.EQ;
            case NOT_EQ -> Expr.BinaryOp.NE;
            case LT -> Expr.BinaryOp.LT;
            case LE -> Expr.BinaryOp.LE;
            case GT -> Expr.BinaryOp.GT;
            case GE -> Expr.BinaryOp.GE;
            case PLUS -> Expr.BinaryOp.ADD;
            case MINUS -> Expr.BinaryOp.SUB;
            case STAR -> Expr.BinaryOp.MUL;
            case SLASH -> Expr.BinaryOp.DIV;
            case PERCENT -> Expr.BinaryOp.MOD;
            default -> null;
        };
    }

    /** Prefix operators apply to a whole term with its traversals: {@code -a.b} is {@code -(a.b)}. */
    private Expr parseOperand() throws HclParseException {
        NativeToken first = lx.peek();
        if (first.type != MINUS && first.type != BANG) {
            return parsePostfix(parsePrimary());
        }
        List<NativeToken> ops = new ArrayList<>(2);
        try {
            while (lx.peek().type == MINUS || lx.peek().type == BANG) {
                NativeToken op = lx.next();
                ctx.enter(NativeParseContext.NESTING, op);
                ops.add(op);
            }
            Expr operand = parsePostfix(parsePrimary());
            for (int i = ops.size() - 1; i >= 0; i--) {
                NativeToken op = ops.get(i);
                operand = new Expr.Unary(op.type == MINUS ? Expr.UnaryOp.NEGATE : Expr.UnaryOp.NOT, operand,
                        op.rangeTo(operand.range()));
            }
            return operand;
        } finally {
            for (int i = 0; i < ops.size(); i++) {
                ctx.exit();
            }
        }
    }

    private Expr parsePrimary() throws HclParseException {
        NativeToken t = lx.next();
        switch (t.type) {
            case NUMBER:
                return new Expr.NumberLit(number(t), t.range());
            case IDENT: {
                NativeTokenType after = lx.peek().type;
                if (after == LPAREN || after == DOUBLE_COLON) {
                    return finishCall(t);
                }
                return switch (t.text) {
                    case "true" -> new Expr.BoolLit(true, t.range());
                    case "false" -> new Expr.BoolLit(false, t.range());
                    case "null" -> new Expr.NullLit(t.range());
                    default -> new Expr.Variable(t.text, t.range());
                };
            }
            case OPEN_QUOTE, HEREDOC: {
                // Templates recurse through more stack frames per level, so they count twice.
                ctx.enter(NativeParseContext.NESTING, t);
                Expr.Template template = t.type == OPEN_QUOTE ? templates.parseQuoted(t) : templates.parseHeredoc(t);
                ctx.exit();
                return template;
            }
            case LPAREN:
                return parens(t);
            case LBRACK:
                return tupleOrFor(t);
            case LBRACE:
                return objectOrFor(t);
            default:
                throw ctx.unexpected(t, "an expression");
        }
    }

    /**
     * Traversal steps are read in a loop and, like operator chains, do not count as nesting: only
     * an index's brackets are open while its key is read. A full splat nests what follows it.
     */
    private Expr parsePostfix(Expr start) throws HclParseException {
        Expr e = start;
        while (true) {
            NativeToken t = lx.peek();
            if (t.type == DOT) {
                lx.next();
                NativeToken name = lx.next();
                switch (name.type) {
                    case IDENT -> e = new Expr.GetAttr(e, name.text, name.rangeFrom(e.range()));
                    case NUMBER -> e = legacyIndex(e, name, false);
                    case STAR -> {
                        return attributeSplat(e, t, name);
                    }
                    default -> throw ctx.unexpected(name, "an attribute name, a number or \"*\" after \".\"");
                }
            } else if (t.type == LBRACK) {
                NativeToken open = lx.next();
                ctx.enter(NativeParseContext.BRACKET, open);
                if (lx.peek().type == STAR) {
                    // As in HCL, "[*]" is read in the surrounding newline mode, only an index ignores them.
                    lx.next();
                    NativeToken close = lx.next();
                    if (close.type != RBRACK) {
                        throw ctx.unexpected(close, "\"]\" after \"[*\"");
                    }
                    // A full splat applies every following traversal step to each element: that nests.
                    ctx.exit();
                    ctx.enter(NativeParseContext.NESTING, open);
                    Expr each = parsePostfix(new Expr.SplatItem(open.rangeTo(close)));
                    ctx.exit();
                    return new Expr.Splat(e, each, true, Range.between(e.range(), each.range()));
                }
                boolean savedSkip = lx.skipNewlines(true);
                Expr key = parseExpression();
                NativeToken close = lx.next();
                if (close.type != RBRACK) {
                    throw ctx.unexpected(close, "\"]\" to close the index \"[\" at " + open.start());
                }
                lx.skipNewlines(savedSkip);
                ctx.exit();
                e = new Expr.Index(e, key, close.rangeFrom(e.range()));
            } else {
                return e;
            }
        }
    }

    /** {@code source.*.a.b}: only attribute (and legacy numeric index) steps belong to the splat. */
    private Expr attributeSplat(Expr source, NativeToken dot, NativeToken star) throws HclParseException {
        Expr each = new Expr.SplatItem(dot.rangeTo(star));
        while (lx.peek().type == DOT) {
            lx.next();
            NativeToken name = lx.next();
            switch (name.type) {
                case IDENT -> each = new Expr.GetAttr(each, name.text, name.rangeFrom(each.range()));
                case NUMBER -> each = legacyIndex(each, name, true);
                case STAR -> throw ctx.error(name.start(),
                        "a splat cannot be nested inside an attribute-only splat \".*\"; use \"[*]\" instead");
                default -> throw ctx.unexpected(name, "an attribute name after \".\"");
            }
        }
        Expr splat = new Expr.Splat(source, each, false, Range.between(source.range(), each.range()));
        // Steps after the attribute-only splat apply to its result, not to each element.
        return parsePostfix(splat);
    }

    /** {@code list.0}: the legacy spelling of {@code list[0]}. */
    private Expr legacyIndex(Expr collection, NativeToken number, boolean inSplat) throws HclParseException {
        int dot = number.text.indexOf('.');
        if (dot >= 0) {
            String a = number.text.substring(0, dot);
            String b = number.text.substring(dot + 1);
            throw ctx.error(number.start(), "legacy index syntax cannot chain indexes: write ["
                    + a + "][" + b + "] instead of ." + number.text
                    + (inSplat ? " (with a full splat [*] for the splat)" : ""));
        }
        Expr key = new Expr.NumberLit(number(number), number.range());
        return new Expr.Index(collection, key, number.rangeFrom(collection.range()));
    }

    private Expr finishCall(NativeToken nameToken) throws HclParseException {
        String name = nameToken.text;
        NativeToken open = lx.next();
        if (open.type == DOUBLE_COLON) {
            StringBuilder qualified = new StringBuilder(name);
            while (open.type == DOUBLE_COLON) {
                NativeToken part = lx.next();
                if (part.type != IDENT) {
                    throw ctx.unexpected(part, "a function name after \"::\"");
                }
                qualified.append("::").append(part.text);
                open = lx.next();
            }
            name = qualified.toString();
            if (open.type != LPAREN) {
                throw ctx.unexpected(open, "\"(\" after the function name \"" + name + "\"");
            }
        }
        ctx.enter(NativeParseContext.PAREN, open);
        boolean savedSkip = lx.skipNewlines(true);
        List<Expr> args = new ArrayList<>();
        boolean expandFinal = false;
        NativeToken close;
        while (true) {
            if (lx.peek().type == RPAREN) {
                close = lx.next();
                break;
            }
            args.add(parseExpression());
            NativeToken separator = lx.next();
            if (separator.type == RPAREN) {
                close = separator;
                break;
            }
            if (separator.type == ELLIPSIS) {
                expandFinal = true;
                close = lx.next();
                if (close.type != RPAREN) {
                    throw ctx.unexpected(close, "\")\" right after \"...\" (only the last argument can be expanded)");
                }
                break;
            }
            if (separator.type != COMMA) {
                throw ctx.unexpected(separator, "\",\" or \")\" after an argument of " + name + "()");
            }
        }
        lx.skipNewlines(savedSkip);
        ctx.exit();
        return new Expr.Call(name, args, expandFinal, nameToken.rangeTo(close));
    }

    private Expr parens(NativeToken open) throws HclParseException {
        ctx.enter(NativeParseContext.PAREN, open);
        boolean savedSkip = lx.skipNewlines(true);
        Expr inner = parseExpression();
        NativeToken close = lx.next();
        if (close.type != RPAREN) {
            throw ctx.unexpected(close, "\")\" to close the \"(\" at " + open.start());
        }
        lx.skipNewlines(savedSkip);
        ctx.exit();
        return new Expr.Parens(inner, open.rangeTo(close));
    }

    private Expr tupleOrFor(NativeToken open) throws HclParseException {
        ctx.enter(NativeParseContext.BRACKET, open);
        boolean savedSkip = lx.skipNewlines(true);
        Expr result;
        if (lx.peek().isKeyword("for")) {
            result = forExpression(open, false);
        } else {
            List<Expr> items = new ArrayList<>();
            NativeToken close;
            while (true) {
                if (lx.peek().type == RBRACK) {
                    close = lx.next();
                    break;
                }
                items.add(parseExpression());
                NativeToken separator = lx.next();
                if (separator.type == RBRACK) {
                    close = separator;
                    break;
                }
                if (separator.type != COMMA) {
                    throw ctx.unexpected(separator, "\",\" or \"]\" after a tuple item");
                }
            }
            result = new Expr.Tuple(items, open.rangeTo(close));
        }
        lx.skipNewlines(savedSkip);
        ctx.exit();
        return result;
    }

    /** Object items are separated by commas or newlines, so newlines count here (unlike in tuples). */
    private Expr objectOrFor(NativeToken open) throws HclParseException {
        ctx.enter(NativeParseContext.BRACE, open);
        boolean savedSkip = lx.skipNewlines(true);
        if (lx.peek().isKeyword("for")) {
            Expr result = forExpression(open, true);
            lx.skipNewlines(savedSkip);
            ctx.exit();
            return result;
        }
        lx.skipNewlines(false);
        List<Expr.ObjectItem> items = new ArrayList<>();
        NativeToken close;
        while (true) {
            NativeToken t = lx.peek();
            if (t.type == NEWLINE) {
                lx.next();
                continue;
            }
            if (t.type == RBRACE) {
                close = lx.next();
                break;
            }
            Expr key = objectKey(parseExpression());
            NativeToken separator = lx.next();
            if (separator.type != EQUAL && separator.type != COLON) {
                throw ctx.unexpected(separator, "\"=\" or \":\" after an object key");
            }
            Expr value = parseExpression();
            items.add(new Expr.ObjectItem(key, value, Range.between(key.range(), value.range())));
            NativeToken after = lx.next();
            if (after.type == RBRACE) {
                close = after;
                break;
            }
            if (after.type != COMMA && after.type != NEWLINE) {
                throw ctx.unexpected(after, "a newline, \",\" or \"}\" after an object item");
            }
        }
        lx.skipNewlines(savedSkip);
        ctx.exit();
        return new Expr.ObjectCons(items, open.rangeTo(close));
    }

    /** A bare word key names itself, keywords included: {@code {null = 1}} has the key "null". */
    private static Expr objectKey(Expr key) {
        if (key instanceof Expr.NullLit n) {
            return new Expr.Variable("null", n.range());
        }
        if (key instanceof Expr.BoolLit b) {
            return new Expr.Variable(b.value() ? "true" : "false", b.range());
        }
        return key;
    }

    private Expr forExpression(NativeToken open, boolean object) throws HclParseException {
        // Counted on top of the enclosing bracket: a for expression uses more stack per level.
        ctx.enter(NativeParseContext.NESTING, lx.next());
        Expr result = finishForExpression(open, object);
        ctx.exit();
        return result;
    }

    private Expr finishForExpression(NativeToken open, boolean object) throws HclParseException {
        NativeToken first = lx.next();
        if (first.type != IDENT) {
            throw ctx.unexpected(first, "a variable name after \"for\"");
        }
        String keyVar = null;
        String valueVar = first.text;
        if (lx.peek().type == COMMA) {
            lx.next();
            NativeToken second = lx.next();
            if (second.type != IDENT) {
                throw ctx.unexpected(second, "a variable name after \",\" in a for expression");
            }
            keyVar = valueVar;
            valueVar = second.text;
        }
        NativeToken in = lx.next();
        if (!in.isKeyword("in")) {
            throw ctx.unexpected(in, "\"in\" after the variables of a for expression");
        }
        Expr collection = parseExpression();
        NativeToken colon = lx.next();
        if (colon.type != COLON) {
            throw ctx.unexpected(colon, "\":\" after the collection of a for expression");
        }
        Expr keyExpr = null;
        Expr valueExpr = parseExpression();
        NativeToken arrow = lx.peek();
        if (arrow.type == FAT_ARROW) {
            if (!object) {
                throw ctx.error(arrow.start(), "a tuple for expression [for ...] cannot have a key (\"=>\"); "
                        + "use {for ...} to build an object");
            }
            lx.next();
            keyExpr = valueExpr;
            valueExpr = parseExpression();
        } else if (object) {
            throw ctx.unexpected(arrow, "\"=>\" and a value after the key of an object for expression "
                    + "({for k, v in coll : key => value})");
        }
        boolean grouping = false;
        NativeToken ellipsis = lx.peek();
        if (ellipsis.type == ELLIPSIS) {
            if (!object) {
                throw ctx.error(ellipsis.start(), "grouping (\"...\") is only valid in an object for expression {for ...}");
            }
            lx.next();
            grouping = true;
        }
        Expr condition = null;
        if (lx.peek().isKeyword("if")) {
            lx.next();
            condition = parseExpression();
        }
        NativeToken close = lx.next();
        if (close.type != (object ? RBRACE : RBRACK)) {
            throw ctx.unexpected(close, (object ? "\"}\"" : "\"]\"") + " to end the for expression at " + open.start());
        }
        return new Expr.For(keyVar, valueVar, collection, keyExpr, valueExpr, condition, grouping,
                open.rangeTo(close));
    }

    private BigDecimal number(NativeToken t) throws HclParseException {
        String s = t.text;
        int n = s.length();
        int i = 0;
        long small = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            small = small * 10 + (s.charAt(i) - '0');
            i++;
        }
        if (i == n && n <= 18) {
            return BigDecimal.valueOf(small);
        }
        if (i < n && s.charAt(i) == '.') {
            int digitsFrom = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == digitsFrom) {
                throw invalidNumber(t);
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int digitsFrom = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == digitsFrom) {
                throw invalidNumber(t);
            }
        }
        if (i != n) {
            throw invalidNumber(t);
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw ctx.error(t.start(), "number " + s + " is out of range");
        }
    }

    private HclParseException invalidNumber(NativeToken t) {
        return ctx.error(t.start(), "invalid number literal \"" + t.text + "\"");
    }
}
