package dev.bulwark.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.bulwark.finding.Finding;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.rule.RuleMetadata;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Every finding of a scan as one CSV row (RFC 4180: a header row, comma separated, CRLF line ends,
 * quotes where a value needs them), for spreadsheets and tracking tools. Cells that a spreadsheet
 * would run as a formula get a leading apostrophe.
 */
public final class CsvReport implements ScanRenderer {
    @Override
    public void render(ScanReport report, Writer out) throws IOException {
        write(report, out);
    }

    static final List<String> COLUMNS = List.of("rule", "title", "severity", "status", "suppressed", "suppression_reason",
            "requirements", "soc2", "resource", "resource_type", "file", "line", "column", "message", "remediation");
    private static final CsvMapper MAPPER = new CsvMapper();


    public static void write(ScanReport report, Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        try (SequenceWriter rows = MAPPER.writer(schema.build()).writeValues(out)) {
            for (Finding f : report.result().findings()) rows.write(row(f, report));
        }
    }

    private static List<String> row(Finding f, ScanReport report) {
        RuleMetadata m = f.rule().metadata();
        SourceLocation at = f.primaryLocation();
        return List.of(m.id(), cell(m.title()), m.severity().name(), f.status().name(), String.valueOf(f.suppressed()),
                f.suppressed() ? cell(f.suppression().reason()) : "",
                String.join(" ", m.requirements()), String.join(" ", report.policy().soc2For(m.requirements())),
                cell(f.resourceAddress()), cell(f.resourceType()), cell(at.file()),
                at.startLine() > 0 ? String.valueOf(at.startLine()) : "", at.startColumn() > 0 ? String.valueOf(at.startColumn()) : "",
                cell(f.message()), cell(m.remediation().strip()));
    }

    /** Text as a spreadsheet shows it rather than runs it: "=cmd()" becomes "'=cmd()". */
    static String cell(String text) {
        if (text == null) return "";
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) return "'" + text;
        return text;
    }
}
