package dev.bulwark.source.hcl;

/** Kinds of token in native-syntax expression and structure context. */
enum NativeTokenType {
    IDENT, NUMBER,
    /** {@code "}: a quoted template starts right after it. */
    OPEN_QUOTE,
    /** {@code <<EOT} or {@code <<-EOT} plus its newline: the heredoc body starts right after it. */
    HEREDOC,
    LBRACE("{"), RBRACE("}"), TILDE_RBRACE("~}"), LBRACK("["), RBRACK("]"), LPAREN("("), RPAREN(")"),
    COMMA(","), DOT("."), ELLIPSIS("..."), EQUAL("="), FAT_ARROW("=>"), COLON(":"), DOUBLE_COLON("::"),
    QUESTION("?"), PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), PERCENT("%"), BANG("!"),
    EQ_EQ("=="), NOT_EQ("!="), LT("<"), LE("<="), GT(">"), GE(">="), AND_AND("&&"), OR_OR("||"),
    /** One or more line breaks (with any blank lines and comments between them). */
    NEWLINE,
    EOF;

    /** The fixed spelling of punctuation tokens, null for the others. */
    final String symbol;

    NativeTokenType() {
        this(null);
    }

    NativeTokenType(String symbol) {
        this.symbol = symbol;
    }
}
