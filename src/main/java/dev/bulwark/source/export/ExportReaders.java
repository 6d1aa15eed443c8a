package dev.bulwark.source.export;

import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.ParsedExport;

/** The reader of each kind of export: every kind has exactly one. */
public final class ExportReaders {
    private ExportReaders() {}

    public static ExportReader<? extends ParsedExport> of(ExportKind kind) {
        return switch (kind) {
            case CREDENTIAL_REPORT -> new CredentialReportReader();
            case ROSTER -> new RosterReader();
            case TERMINATIONS -> new TerminationsReader();
            case TRIVY -> new TrivyReportReader();
            case GRYPE -> new GrypeReportReader();
            case XCCDF -> new XccdfResultReader();
            case LYNIS -> new LynisReportReader();
        };
    }
}
