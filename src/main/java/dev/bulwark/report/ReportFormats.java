package dev.bulwark.report;

import java.nio.file.Path;

/**
 * Every format of every result kind, by the name {@code --format} takes. Adding a format is one
 * line here: its name, the extension of its file in an output directory, and how to make its
 * renderer (see docs/writing-reports.md).
 */
public final class ReportFormats {
    private ReportFormats() {}

    public static final Formats<ScanReport> SCAN = new Formats<ScanReport>()
            .add("console", "txt", options -> new ConsoleReport(options.colour(), options.quiet()))
            .add("json", "json", options -> new FindingsJsonReport())
            .add("sarif", "sarif", options -> new SarifReport())
            .add("oscal", "oscal.json", options -> new OscalScanReport(options.time()))
            .add("html", "html", options -> new HtmlReport(Path.of(""), HtmlReport.DETAIL_LIMIT))
            .add("junit", "junit.xml", options -> new JunitReport())
            .add("csv", "csv", options -> new CsvReport())
            .add("markdown", "md", options -> new MarkdownReport());

    public static final Formats<StatusReport> STATUS = new Formats<StatusReport>()
            .add("console", "txt", options -> new StatusConsoleReport(options.colour()))
            .add("json", "json", options -> new StatusJsonReport())
            .add("oscal", "oscal.json", options -> new OscalStatusReport(options.time()))
            .add("html", "html", options -> new HtmlStatusReport(Path.of("")));

    public static final Formats<PolicyReport> POLICY = new Formats<PolicyReport>()
            .add("text", "txt", options -> new PolicyCoverageReport())
            .add("json", "json", options -> new PolicyCoverageReport.JsonFormat())
            .add("oscal-catalog", "oscal-catalog.json", options -> new OscalCatalogReport(options.time()));

    public static final Formats<ChangesReport> CHANGES = new Formats<ChangesReport>()
            .add("console", "txt", options -> new ChangesConsoleReport())
            .add("json", "json", options -> new ChangesJsonReport());

    public static final Formats<IngestReport> INGEST = new Formats<IngestReport>()
            .add("console", "txt", options -> new IngestConsoleReport())
            .add("json", "json", options -> new IngestJsonReport());
}
