package dev.bulwark.source.host.accounts;

import dev.bulwark.source.host.conf.FileLine;

import java.util.List;

/**
 * One user specification of sudoers that lets its users run every command without a password.
 *
 * @param users    the user list as written, aliases expanded ({@code %wheel}, {@code ALL}, {@code alice})
 * @param groups   the entries of {@code users} that stand for many people: groups ({@code %name}, {@code %:name}) and {@code ALL}
 * @param text     the line as written
 */
public record SudoRule(List<String> users, List<String> groups, String text, FileLine at) {
    public SudoRule {
        users = List.copyOf(users);
        groups = List.copyOf(groups);
    }
}
