package dev.bulwark.model.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An identity provider's account roster, in file order. */
public record Roster(String file, List<RosterAccount> accounts) implements ParsedExport {
    public Roster {
        accounts = List.copyOf(accounts);
    }

    @Override
    public ExportKind kind() {
        return ExportKind.ROSTER;
    }

    /** The account with this email address, compared without regard to case. */
    public Optional<RosterAccount> byEmail(String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        return accounts.stream().filter(a -> a.email().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
