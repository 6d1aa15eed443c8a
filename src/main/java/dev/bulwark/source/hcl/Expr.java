package dev.bulwark.source.hcl;

import java.math.BigDecimal;
import java.util.List;

/**
 * An HCL expression node. Every node carries its exact source range. The node set mirrors the
 * HCL native syntax specification; the JSON syntax reader produces the same nodes.
 */
public sealed interface Expr {
    Range range();

    /** {@code null}. */
    record NullLit(Range range) implements Expr {}

    /** {@code true} / {@code false}. */
    record BoolLit(boolean value, Range range) implements Expr {}

    /** A numeric literal, kept exact. */
    record NumberLit(BigDecimal value, Range range) implements Expr {}

    /**
     * A quoted string or heredoc. A template of a single {@link Part.Literal} is a plain string;
     * a template of a single {@link Part.Interp} evaluates to the interpolated value unconverted,
     * as in Terraform. Strip markers ({@code ~}) are applied by the parser to neighbouring literals.
     */
    record Template(List<Part> parts, boolean heredoc, Range range) implements Expr {
        public Template {
            parts = List.copyOf(parts);
        }

        /** The text of a template with no interpolation or directive ("" when empty), else null. */
        public String literalText() {
            if (parts.isEmpty()) return "";
            return parts.size() == 1 && parts.get(0) instanceof Part.Literal lit ? lit.text() : null;
        }
    }

    /** A root variable reference: {@code var}, {@code aws_s3_bucket}, {@code each}, {@code count}. */
    record Variable(String name, Range range) implements Expr {}

    /** {@code object.name}. */
    record GetAttr(Expr object, String name, Range range) implements Expr {}

    /** {@code collection[key]}, and the legacy {@code collection.0} form (key is a NumberLit). */
    record Index(Expr collection, Expr key, Range range) implements Expr {}

    /**
     * A splat: {@code source[*].a.b} (full) or {@code source.*.a} (attribute-only). {@code each} is
     * evaluated once per element with {@link SplatItem} standing for the element.
     */
    record Splat(Expr source, Expr each, boolean full, Range range) implements Expr {}

    /** The element placeholder inside a {@link Splat}'s {@code each} expression. */
    record SplatItem(Range range) implements Expr {}

    /** {@code [a, b, c]}. */
    record Tuple(List<Expr> items, Range range) implements Expr {
        public Tuple {
            items = List.copyOf(items);
        }
    }

    /** {@code { key = value, ... }}. */
    record ObjectCons(List<ObjectItem> items, Range range) implements Expr {
        public ObjectCons {
            items = List.copyOf(items);
        }
    }

    /**
     * One object item. {@code key} is a {@link Variable} when the key was a bare identifier
     * ({@code a = 1}, meaning the string "a"); any other key form is an expression evaluated as a
     * string, with {@code (a) = 1} arriving as a {@link Parens}.
     */
    record ObjectItem(Expr key, Expr value, Range range) {
        public boolean bareKey() {
            return key instanceof Variable;
        }
    }

    /** {@code name(args)}; {@code expandFinal} for {@code f(list...)}; names may be {@code provider::p::f}. */
    record Call(String name, List<Expr> args, boolean expandFinal, Range range) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code cond ? a : b}. */
    record Conditional(Expr condition, Expr trueResult, Expr falseResult, Range range) implements Expr {}

    /** {@code lhs op rhs}. */
    record Binary(BinaryOp op, Expr lhs, Expr rhs, Range range) implements Expr {}

    /** {@code -x} or {@code !x}. */
    record Unary(UnaryOp op, Expr operand, Range range) implements Expr {}

    /** {@code (expr)}, kept so ranges and printing stay exact. */
    record Parens(Expr inner, Range range) implements Expr {}

    /**
     * {@code [for k, v in coll : value if cond]} or {@code {for k, v in coll : key => value... if cond}}.
     * {@code keyVar} is null when only one iteration variable is given; {@code keyExpr} is null for
     * a tuple result.
     */
    record For(String keyVar, String valueVar, Expr collection, Expr keyExpr, Expr valueExpr,
               Expr condition, boolean grouping, Range range) implements Expr {
        public boolean objectResult() {
            return keyExpr != null;
        }
    }

    enum UnaryOp {
        NEGATE("-"), NOT("!");

        public final String symbol;

        UnaryOp(String symbol) {
            this.symbol = symbol;
        }
    }

    /** Binary operators with HCL's precedence (higher binds tighter). */
    enum BinaryOp {
        OR("||", 1), AND("&&", 2),
        EQ("==", 3), NE("!=", 3),
        LT("<", 4), LE("<=", 4), GT(">", 4), GE(">=", 4),
        ADD("+", 5), SUB("-", 5),
        MUL("*", 6), DIV("/", 6), MOD("%", 6);

        public final String symbol;
        public final int precedence;

        BinaryOp(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }
    }

    /** A piece of a template. */
    sealed interface Part {
        Range range();

        /** Literal text, escapes already decoded and strip markers already applied. */
        record Literal(String text, Range range) implements Part {}

        /** {@code ${expr}}. */
        record Interp(Expr expr, Range range) implements Part {}

        /** {@code %{if cond}...%{else}...%{endif}}; {@code elseParts} is empty when there is no else. */
        record If(Expr condition, List<Part> thenParts, List<Part> elseParts, Range range) implements Part {
            public If {
                thenParts = List.copyOf(thenParts);
                elseParts = List.copyOf(elseParts);
            }
        }

        /** {@code %{for k, v in coll}...%{endfor}}; {@code keyVar} may be null. */
        record ForDirective(String keyVar, String valueVar, Expr collection, List<Part> body, Range range)
                implements Part {
            public ForDirective {
                body = List.copyOf(body);
            }
        }
    }
}
