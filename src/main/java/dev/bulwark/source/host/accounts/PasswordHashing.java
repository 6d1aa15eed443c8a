package dev.bulwark.source.host.accounts;

import dev.bulwark.source.host.conf.FileLine;

/**
 * How new passwords are hashed, and where that is decided.
 *
 * @param tool   {@code login.defs} (passwd, chpasswd, useradd through shadow-utils) or {@code pam_unix}
 * @param method the scheme, null when nothing names one
 * @param at     the line that names it, null when the tool's default applies
 * @param basis  the setting as written, or what default applies
 */
public record PasswordHashing(String tool, HashMethod method, FileLine at, String basis) {
}
