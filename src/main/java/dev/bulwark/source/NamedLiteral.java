package dev.bulwark.source;

/**
 * A text value written literally (no reference, interpolation or variable) under a name, as a format's
 * own structure reads it: a Terraform argument or object key, a variable default, a workflow {@code env:}
 * entry. What the secret judgement of a scan starts from; the judgement itself is not the format's.
 *
 * @param name              the name it is written under, e.g. {@code password}, {@code DB_PASSWORD}
 * @param value             the text as the format reads it (escapes applied)
 * @param line              the 1-based line where the value starts
 * @param column            the 1-based column where the value starts
 * @param endLine           the line where the value ends (a heredoc spans several)
 * @param declaredSensitive true when the format itself declares the value a secret (a Terraform
 *                          variable with {@code sensitive = true}), whatever its name
 * @param where             the place in words for a reader, e.g. {@code provider "aws"}, {@code variable "db_password"}
 */
public record NamedLiteral(String name, String value, int line, int column, int endLine, boolean declaredSensitive, String where) {}
