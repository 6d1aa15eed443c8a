package dev.bulwark.source.hcl;

/** How Terraform reads a JSON string in a given place. */
enum JsonStringMode {
    /** A template: {@code "${var.x}-suffix"}. Most arguments. */
    TEMPLATE,
    /** Taken as is, never interpolated: values Terraform reads without an evaluation context. */
    LITERAL,
    /**
     * The text of an expression: {@code "map(string)"}, {@code "aws_instance.web"}. Strings that
     * still use the {@code "${...}"} form are read as templates and a lone interpolation is unwrapped.
     */
    EXPRESSION
}
