package dev.bulwark.source.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the flat piece list of a template into {@link Expr.Part}s: adjacent literals are joined
 * and {@code %{if}} / {@code %{for}} directives take the parts up to their closing directive.
 * Uses an explicit stack, so nesting depth costs no Java stack.
 */
final class NativeTemplateAssembler {
    private NativeTemplateAssembler() {}

    private static final class Frame {
        final NativeTemplatePiece open;
        final List<Expr.Part> parent;
        final List<Expr.Part> body = new ArrayList<>();
        List<Expr.Part> elseParts;
        Pos elseAt;

        Frame(NativeTemplatePiece open, List<Expr.Part> parent) {
            this.open = open;
            this.parent = parent;
        }

        boolean isIf() {
            return open instanceof NativeTemplatePiece.IfOpen;
        }

        String where() {
            return open.start().toString();
        }
    }

    static List<Expr.Part> assemble(List<NativeTemplatePiece> pieces, NativeParseContext ctx) throws HclParseException {
        List<Expr.Part> root = new ArrayList<>(pieces.size());
        List<Frame> stack = new ArrayList<>();
        List<Expr.Part> current = root;
        int n = pieces.size();
        for (int i = 0; i < n; i++) {
            NativeTemplatePiece piece = pieces.get(i);
            if (piece instanceof NativeTemplatePiece.Literal lit) {
                int j = i + 1;
                while (j < n && pieces.get(j) instanceof NativeTemplatePiece.Literal) {
                    j++;
                }
                current.add(joinLiterals(pieces, i, j, ctx.names));
                i = j - 1;
            } else if (piece instanceof NativeTemplatePiece.Interpolation interp) {
                current.add(new Expr.Part.Interp(interp.expr(), interp.range()));
            } else if (piece instanceof NativeTemplatePiece.IfOpen || piece instanceof NativeTemplatePiece.ForOpen) {
                if (stack.size() + ctx.depth() >= NativeParseContext.MAX_DEPTH) {
                    throw ctx.error(piece.start(),
                            "nesting is too deep (more than " + NativeParseContext.MAX_DEPTH + " levels)");
                }
                Frame frame = new Frame(piece, current);
                stack.add(frame);
                current = frame.body;
            } else {
                NativeTemplatePiece.Close close = (NativeTemplatePiece.Close) piece;
                Frame top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
                switch (close.keyword()) {
                    case "else" -> {
                        if (top == null) {
                            throw ctx.error(close.start(), "%{else} without a matching %{if}");
                        }
                        if (!top.isIf()) {
                            throw ctx.error(close.start(), "%{else} is not valid inside the %{for} opened at "
                                    + top.where() + "; expected %{endfor}");
                        }
                        if (top.elseParts != null) {
                            throw ctx.error(close.start(), "the %{if} opened at " + top.where()
                                    + " already has an %{else} at " + top.elseAt);
                        }
                        top.elseParts = new ArrayList<>();
                        top.elseAt = close.start();
                        current = top.elseParts;
                    }
                    case "endif" -> {
                        if (top == null) {
                            throw ctx.error(close.start(), "%{endif} without a matching %{if}");
                        }
                        if (!top.isIf()) {
                            throw ctx.error(close.start(), "expected %{endfor} to close the %{for} opened at "
                                    + top.where() + ", found %{endif}");
                        }
                        stack.remove(stack.size() - 1);
                        NativeTemplatePiece.IfOpen open = (NativeTemplatePiece.IfOpen) top.open;
                        current = top.parent;
                        current.add(new Expr.Part.If(open.condition(), top.body,
                                top.elseParts == null ? List.of() : top.elseParts,
                                new Range(open.start(), close.range().end())));
                    }
                    default -> {
                        if (top == null) {
                            throw ctx.error(close.start(), "%{endfor} without a matching %{for}");
                        }
                        if (top.isIf()) {
                            throw ctx.error(close.start(), "expected %{endif} to close the %{if} opened at "
                                    + top.where() + ", found %{endfor}");
                        }
                        stack.remove(stack.size() - 1);
                        NativeTemplatePiece.ForOpen open = (NativeTemplatePiece.ForOpen) top.open;
                        current = top.parent;
                        current.add(new Expr.Part.ForDirective(open.keyVar(), open.valueVar(), open.collection(),
                                top.body, new Range(open.start(), close.range().end())));
                    }
                }
            }
        }
        if (!stack.isEmpty()) {
            Frame top = stack.get(stack.size() - 1);
            String kind = top.isIf() ? "if" : "for";
            throw ctx.error(top.open.start(), "unclosed %{" + kind + "}: expected %{end" + kind
                    + "} before the end of the template");
        }
        return root;
    }

    /** Literal text recurs across files (protocols, CIDRs, tag values) and lives on in the model: share it. */
    private static Expr.Part.Literal joinLiterals(List<NativeTemplatePiece> pieces, int from, int to, NativeIdentifiers names) {
        NativeTemplatePiece.Literal first = (NativeTemplatePiece.Literal) pieces.get(from);
        if (to - from == 1) {
            return new Expr.Part.Literal(names.intern(first.text), new Range(first.start, first.end));
        }
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to; k++) {
            text.append(((NativeTemplatePiece.Literal) pieces.get(k)).text);
        }
        NativeTemplatePiece.Literal last = (NativeTemplatePiece.Literal) pieces.get(to - 1);
        return new Expr.Part.Literal(names.intern(text.toString()), new Range(first.start, last.end));
    }
}
