package dev.bulwark.source.hcl;

/**
 * One item of a template as first read, before strip markers, heredoc indentation and nesting of
 * directives are applied: literal text, an interpolation, or a directive marker.
 */
sealed interface NativeTemplatePiece {
    Pos start();

    /** Literal text; mutable because strip markers and heredoc indentation trim it afterwards. */
    final class Literal implements NativeTemplatePiece {
        String text;
        Pos start;
        final Pos end;

        Literal(String text, Pos start, Pos end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        @Override
        public Pos start() {
            return start;
        }

        boolean endsWithLineFeed() {
            return !text.isEmpty() && text.charAt(text.length() - 1) == '\n';
        }

        void trimLeadingSpace() {
            int i = 0;
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
            text = text.substring(i);
        }

        void trimTrailingSpace() {
            int i = text.length();
            while (i > 0 && isSpace(text.charAt(i - 1))) {
                i--;
            }
            text = text.substring(0, i);
        }
    }

    record Interpolation(Expr expr, Range range) implements NativeTemplatePiece {
        public Pos start() {
            return range.start();
        }
    }

    record IfOpen(Expr condition, Range range) implements NativeTemplatePiece {
        public Pos start() {
            return range.start();
        }
    }

    record ForOpen(String keyVar, String valueVar, Expr collection, Range range) implements NativeTemplatePiece {
        public Pos start() {
            return range.start();
        }
    }

    /** {@code %{else}}, {@code %{endif}} or {@code %{endfor}}. */
    record Close(String keyword, Range range) implements NativeTemplatePiece {
        public Pos start() {
            return range.start();
        }
    }

    /** White space as HCL trims it for strip markers and heredoc indentation (Unicode White_Space). */
    static boolean isSpace(char ch) {
        switch (ch) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u0085', '\u00A0', '\u1680', '\u2028', '\u2029',
                 '\u202F', '\u205F', '\u3000':
                return true;
            default:
                return ch >= '\u2000' && ch <= '\u200A';
        }
    }
}
