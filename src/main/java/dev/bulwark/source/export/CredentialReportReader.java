package dev.bulwark.source.export;

import dev.bulwark.model.export.AccessKey;
import dev.bulwark.model.export.CredentialReport;
import dev.bulwark.model.export.CredentialReportUser;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.PasswordEnabled;
import dev.bulwark.model.export.ReportTime;
import dev.bulwark.model.export.SigningCertificate;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the AWS IAM credential report (the CSV that GetCredentialReport returns, base64-decoded):
 * 22 columns, one row per user plus the root user's {@code <root_account>} row.
 */
public final class CredentialReportReader implements ExportReader<CredentialReport> {
    /** The report's columns, in the order AWS writes them. */
    public static final List<String> COLUMNS = List.of("user", "arn", "user_creation_time", "password_enabled",
            "password_last_used", "password_last_changed", "password_next_rotation", "mfa_active",
            "access_key_1_active", "access_key_1_last_rotated", "access_key_1_last_used_date",
            "access_key_1_last_used_region", "access_key_1_last_used_service", "access_key_2_active",
            "access_key_2_last_rotated", "access_key_2_last_used_date", "access_key_2_last_used_region",
            "access_key_2_last_used_service", "cert_1_active", "cert_1_last_rotated", "cert_2_active", "cert_2_last_rotated");

    private static final String TIME = "an ISO 8601 time, N/A, no_information or not_supported";

    @Override
    public ExportKind kind() {
        return ExportKind.CREDENTIAL_REPORT;
    }

    @Override
    public CredentialReport read(String file, byte[] content) throws ExportFormatException {
        CsvTable table = CsvTable.read(file, content, COLUMNS);
        Map<String, Integer> seen = new HashMap<>();
        List<CredentialReportUser> users = new java.util.ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            CredentialReportUser u = user(table, row);
            Integer earlier = seen.putIfAbsent(u.user(), row.line());
            if (earlier != null) throw new ExportFormatException(file, row.line(), "user " + u.user() + " is already listed on line " + earlier);
            users.add(u);
        }
        return new CredentialReport(file, users);
    }

    private static CredentialReportUser user(CsvTable t, CsvTable.Row row) throws ExportFormatException {
        String name = t.get(row, "user").strip();
        if (name.isEmpty()) throw t.badValue(row, "user", name, "a user name (the root user is <root_account>)");
        String arn = t.get(row, "arn").strip();
        if (!arn.startsWith("arn:")) throw t.badValue(row, "arn", arn, "an ARN (arn:aws:iam::ACCOUNT:user/NAME)");
        String enabledText = t.get(row, "password_enabled");
        PasswordEnabled enabled = PasswordEnabled.parse(enabledText);
        if (enabled == null) throw t.badValue(row, "password_enabled", enabledText, "true, false or not_supported");
        return new CredentialReportUser(row.line(), name, arn, time(t, row, "user_creation_time"), enabled,
                time(t, row, "password_last_used"), time(t, row, "password_last_changed"), time(t, row, "password_next_rotation"),
                flag(t, row, "mfa_active"), key(t, row, 1), key(t, row, 2), cert(t, row, 1), cert(t, row, 2));
    }

    private static AccessKey key(CsvTable t, CsvTable.Row row, int n) throws ExportFormatException {
        String p = "access_key_" + n + "_";
        return new AccessKey(n, flag(t, row, p + "active"), time(t, row, p + "last_rotated"), time(t, row, p + "last_used_date"),
                t.get(row, p + "last_used_region").strip(), t.get(row, p + "last_used_service").strip());
    }

    private static SigningCertificate cert(CsvTable t, CsvTable.Row row, int n) throws ExportFormatException {
        String p = "cert_" + n + "_";
        return new SigningCertificate(n, flag(t, row, p + "active"), time(t, row, p + "last_rotated"));
    }

    private static ReportTime time(CsvTable t, CsvTable.Row row, String column) throws ExportFormatException {
        String s = t.get(row, column);
        ReportTime v = reportTime(s);
        if (v == null) throw t.badValue(row, column, s, TIME);
        return v;
    }

    private static boolean flag(CsvTable t, CsvTable.Row row, String column) throws ExportFormatException {
        String s = t.get(row, column).strip();
        if (s.equals("true")) return true;
        if (s.equals("false")) return false;
        throw t.badValue(row, column, s, "true or false");
    }

    /** The value as written in the report, or null when it is neither a time nor one of the three words. */
    private static ReportTime reportTime(String text) {
        String s = text.strip();
        for (ReportTime w : new ReportTime[] {ReportTime.NOT_APPLICABLE, ReportTime.NO_INFORMATION, ReportTime.NOT_SUPPORTED}) {
            if (w.word().equals(s)) return w;
        }
        Instant t = ExportTimes.offsetTime(s);
        return t == null ? null : ReportTime.at(t);
    }
}
