package dev.bulwark.rule;

import dev.bulwark.secret.SecretFamily;

import java.util.Objects;

/**
 * A rule's {@code secrets:} entry: the family of secret detector whose matches the rule reports
 * (one family per rule). Detection itself is {@code dev.bulwark.secret}; this only ties it to the rule.
 */
public record SecretLogic(SecretFamily family) {
    public SecretLogic {
        Objects.requireNonNull(family, "family");
    }
}
