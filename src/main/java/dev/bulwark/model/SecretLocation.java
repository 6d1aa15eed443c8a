package dev.bulwark.model;

/**
 * Where a secret is written in a scanned file, with the only form of it that may be shown (its first
 * characters and length). Reports that quote source lines hide these spans; the value itself is not kept.
 *
 * @param at       from the secret's first character ({@code startLine}, {@code startColumn}) to the line it ends on
 * @param redacted the printable form, e.g. {@code AKIA…(20 chars)}
 */
public record SecretLocation(SourceLocation at, String redacted) {}
