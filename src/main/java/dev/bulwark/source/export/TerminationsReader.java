package dev.bulwark.source.export;

import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.Leaver;
import dev.bulwark.model.export.Terminations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an HR leavers export: CSV with the header {@code email,terminated_at}. A termination time
 * is ISO 8601 with an offset; a date alone means the start of that day in UTC (the strictest reading).
 */
public final class TerminationsReader implements ExportReader<Terminations> {
    public static final List<String> COLUMNS = List.of("email", "terminated_at");

    @Override
    public ExportKind kind() {
        return ExportKind.TERMINATIONS;
    }

    @Override
    public Terminations read(String file, byte[] content) throws ExportFormatException {
        CsvTable t = CsvTable.read(file, content, COLUMNS);
        List<Leaver> leavers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : t.rows()) {
            String email = Emails.check(t, row, "email");
            String when = t.get(row, "terminated_at").strip();
            Instant at = ExportTimes.offsetTimeOrDate(when);
            if (at == null) throw t.badValue(row, "terminated_at", when, "an ISO 8601 time such as 2026-05-04T17:00:00Z or a date such as 2026-05-04");
            Integer earlier = seen.putIfAbsent(email.toLowerCase(Locale.ROOT), row.line());
            if (earlier != null) throw new ExportFormatException(file, row.line(), "email " + email + " is already listed on line " + earlier);
            leavers.add(new Leaver(row.line(), email, at));
        }
        return new Terminations(file, leavers);
    }
}
