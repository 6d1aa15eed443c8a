package dev.bulwark.source.export;

import dev.bulwark.model.export.AccountStatus;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.Roster;
import dev.bulwark.model.export.RosterAccount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an identity roster exported from an identity provider as CSV with the header
 * {@code user,email,roles,admin,mfa,status,last_login} and, optionally, {@code status_changed}.
 * Roles are separated by semicolons inside their field; admin and mfa are true or false; status is
 * one of {@link AccountStatus}; times are ISO 8601 with an offset, and an empty last_login means never.
 */
public final class RosterReader implements ExportReader<Roster> {
    public static final List<String> COLUMNS = List.of("user", "email", "roles", "admin", "mfa", "status", "last_login");
    /** Optional: when the status last changed, which tells when a leaver's account was deactivated. */
    public static final String STATUS_CHANGED = "status_changed";

    @Override
    public ExportKind kind() {
        return ExportKind.ROSTER;
    }

    @Override
    public Roster read(String file, byte[] content) throws ExportFormatException {
        CsvTable t = CsvTable.read(file, content, COLUMNS);
        List<RosterAccount> accounts = new ArrayList<>();
        Map<String, Integer> emails = new HashMap<>();
        Map<String, Integer> users = new HashMap<>();
        for (CsvTable.Row row : t.rows()) {
            RosterAccount a = account(t, row);
            Integer earlier = emails.putIfAbsent(a.email().toLowerCase(Locale.ROOT), row.line());
            if (earlier != null) throw new ExportFormatException(file, row.line(), "email " + a.email() + " is already listed on line " + earlier);
            earlier = users.putIfAbsent(a.user(), row.line());
            if (earlier != null) throw new ExportFormatException(file, row.line(), "user " + a.user() + " is already listed on line " + earlier);
            accounts.add(a);
        }
        return new Roster(file, accounts);
    }

    private static RosterAccount account(CsvTable t, CsvTable.Row row) throws ExportFormatException {
        String user = t.get(row, "user").strip();
        if (user.isEmpty()) throw t.badValue(row, "user", user, "a user name");
        String email = Emails.check(t, row, "email");
        List<String> roles = Arrays.stream(t.get(row, "roles").split(";")).map(String::strip).filter(r -> !r.isEmpty()).toList();
        String statusText = t.get(row, "status");
        AccountStatus status = AccountStatus.parse(statusText);
        if (status == null) throw t.badValue(row, "status", statusText, "one of " + AccountStatus.names());
        Optional<Instant> statusChanged = t.has(STATUS_CHANGED) ? optionalTime(t, row, STATUS_CHANGED) : Optional.empty();
        return new RosterAccount(row.line(), user, email, roles, bool(t, row, "admin"), bool(t, row, "mfa"), status,
                optionalTime(t, row, "last_login"), statusChanged);
    }

    private static boolean bool(CsvTable t, CsvTable.Row row, String column) throws ExportFormatException {
        String s = t.get(row, column).strip().toLowerCase(Locale.ROOT);
        if (s.equals("true")) return true;
        if (s.equals("false")) return false;
        throw t.badValue(row, column, t.get(row, column), "true or false");
    }

    private static Optional<Instant> optionalTime(CsvTable t, CsvTable.Row row, String column) throws ExportFormatException {
        String s = t.get(row, column).strip();
        if (s.isEmpty()) return Optional.empty();
        Instant at = ExportTimes.offsetTime(s);
        if (at == null) throw t.badValue(row, column, s, "an ISO 8601 time with an offset such as 2026-05-04T17:00:00Z, or empty");
        return Optional.of(at);
    }
}
