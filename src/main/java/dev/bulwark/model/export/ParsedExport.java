package dev.bulwark.model.export;

import java.util.List;

/** The parsed content of one export file, as one reader returns it. */
public sealed interface ParsedExport permits CredentialReport, Roster, Terminations, VulnerabilityReport, XccdfResult, LynisReport {
    /** The file as it was named to the reader. */
    String file();

    ExportKind kind();

    /** The scans this export is evidence of (vulnerability and host baseline reports); empty for other kinds. */
    default List<ScanRecord> scans() {
        return List.of();
    }
}
