package dev.bulwark.source.host.accounts;

import dev.bulwark.source.host.conf.FileLine;

/**
 * One line of {@code /etc/passwd}, with what {@code /etc/shadow} says of its password when it has a line.
 *
 * @param password the password field of passwd ({@code x} when the hash lives in shadow)
 * @param hash     the hash field of the account's shadow line, null when shadow has no line for it or was not read
 */
public record Account(String name, long uid, long gid, String home, String shell, String password, FileLine at,
                      String hash, FileLine shadowAt) {
    /** True when logging in needs no password: an empty hash in shadow, or an empty passwd field without a shadow entry. */
    public boolean emptyPassword() {
        if (hash != null) return hash.isEmpty();
        return password.isEmpty();
    }

    /** The hashing scheme the account's stored hash uses, or null when it has no usable hash (locked, empty, not read). */
    public HashMethod hashMethod() {
        return hash == null ? null : HashMethod.ofHash(hash);
    }
}
