package dev.bulwark.model.export;

import java.util.List;
import java.util.Optional;

/** An AWS IAM credential report: every user of one account, the root user included, in file order. */
public record CredentialReport(String file, List<CredentialReportUser> users) implements ParsedExport {
    public CredentialReport {
        users = List.copyOf(users);
    }

    @Override
    public ExportKind kind() {
        return ExportKind.CREDENTIAL_REPORT;
    }

    public Optional<CredentialReportUser> root() {
        return users.stream().filter(CredentialReportUser::isRoot).findFirst();
    }

    public Optional<CredentialReportUser> user(String name) {
        return users.stream().filter(u -> u.user().equals(name)).findFirst();
    }
}
