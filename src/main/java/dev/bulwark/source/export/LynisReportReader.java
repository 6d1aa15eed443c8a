package dev.bulwark.source.export;

import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.LynisItem;
import dev.bulwark.model.export.LynisReport;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Lynis {@code report.dat} ({@code lynis audit system}, by default /var/log/lynis-report.dat):
 * one {@code key=value} or {@code key[]=value} per line, {@code #} comments. Needs hostname,
 * lynis_version and report_datetime_start/end; an audit without an end time did not finish.
 */
public final class LynisReportReader implements ExportReader<LynisReport> {
    private static final Pattern LINE = Pattern.compile("([A-Za-z0-9_.-]+)(\\[])?=(.*)");
    private static final String EXPECTED = "expected a Lynis report.dat with key=value lines including hostname, lynis_version, "
            + "report_datetime_start and report_datetime_end";

    @Override
    public ExportKind kind() {
        return ExportKind.LYNIS;
    }

    @Override
    public LynisReport read(String file, byte[] content) throws ExportFormatException {
        String text = ExportText.decode(file, content, EXPECTED);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        List<LynisItem> warnings = new ArrayList<>();
        List<LynisItem> suggestions = new ArrayList<>();
        int n = 0;
        for (String raw : text.split("\r?\n", -1)) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new ExportFormatException(file, n, "expected key=value or key[]=value, got \"" + shorten(line) + "\" (" + EXPECTED + ")");
            }
            String key = m.group(1);
            String value = m.group(3);
            if (m.group(2) == null) {
                values.put(key, value);
                lines.put(key, n);
            } else if (key.equals("warning")) {
                warnings.add(item(file, n, key, value));
            } else if (key.equals("suggestion")) {
                suggestions.add(item(file, n, key, value));
            }
        }
        String hostname = required(file, values, "hostname");
        String version = required(file, values, "lynis_version");
        LocalDateTime started = time(file, values, lines, "report_datetime_start");
        if (!values.containsKey("report_datetime_end")) {
            throw new ExportFormatException(file, n, "missing report_datetime_end: the audit did not finish (" + EXPECTED + ")");
        }
        LocalDateTime ended = time(file, values, lines, "report_datetime_end");
        OptionalInt index = OptionalInt.empty();
        String hardening = values.get("hardening_index");
        if (hardening != null && !hardening.isBlank()) {
            try {
                index = OptionalInt.of(Integer.parseInt(hardening.strip()));
            } catch (NumberFormatException e) {
                throw new ExportFormatException(file, lines.get("hardening_index"), "hardening_index \"" + hardening + "\" is not a whole number");
            }
        }
        return new LynisReport(file, hostname, lines.get("hostname"), version, started, ended, index, warnings, suggestions, values);
    }

    private static LynisItem item(String file, int line, String key, String value) throws ExportFormatException {
        String[] parts = value.split("\\|", -1);
        if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new ExportFormatException(file, line, key + "[]: expected TEST-ID|message|details|solution|, got \"" + shorten(value) + "\"");
        }
        return new LynisItem(line, parts[0].strip(), parts[1].strip(), parts.length > 2 ? parts[2].strip() : "-",
                parts.length > 3 ? parts[3].strip() : "-");
    }

    private static String required(String file, Map<String, String> values, String key) throws ExportFormatException {
        String v = values.get(key);
        if (v == null || v.isBlank()) throw new ExportFormatException(file, 1, "missing " + key + " (" + EXPECTED + ")");
        return v.strip();
    }

    private static LocalDateTime time(String file, Map<String, String> values, Map<String, Integer> lines, String key) throws ExportFormatException {
        String v = required(file, values, key);
        LocalDateTime t = ExportTimes.lynisTime(v);
        if (t == null) throw new ExportFormatException(file, lines.get(key), key + " \"" + v + "\" is not a time such as 2026-05-04 17:00:00");
        return t;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
