package dev.bulwark.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields Bulwark reads from a document's text: its {@code last_reviewed} date and, for
 * runbooks, recovery time and point objectives. What is accepted (docs/status.md says the same):
 * <ul>
 *   <li>a labelled line {@code Label: value}, anywhere, in YAML front matter or the body, with
 *       Markdown decoration around it ({@code - **Last reviewed:** 2026-05-01}, {@code > RTO: 4h});</li>
 *   <li>a two-column table row {@code | Last reviewed | 2026-05-01 |};</li>
 *   <li>for objectives per system, a Markdown table whose header has a System (or Service)
 *       column and RTO and RPO columns, one row per system.</li>
 * </ul>
 * Labels ignore case, {@code _} and {@code -}: {@code last_reviewed}, {@code Last reviewed},
 * {@code RTO}, {@code Recovery time objective (RTO)}, likewise for RPO. Several review dates: the
 * latest counts. Several document-wide objectives: the first counts.
 */
final class DocumentFields {
    /** A value as found: the parsed value (null when unreadable), the text as written, and its line (from 1). */
    record Found<T>(T value, String text, int line) {
        boolean readable() {
            return value != null;
        }
    }

    /** One system's row of an objectives table; either objective may be null (empty cell). */
    record Row(String system, int line, Found<String> rto, Found<String> rpo) {}

    enum Objective {
        RTO("RTO", "recovery time objective"), RPO("RPO", "recovery point objective");

        final String label;
        final String longName;

        Objective(String label, String longName) {
            this.label = label;
            this.longName = longName;
        }

        boolean names(String normalisedLabel) {
            String abbrev = label.toLowerCase(Locale.ROOT);
            return normalisedLabel.equals(abbrev) || normalisedLabel.equals(longName) || normalisedLabel.equals(longName + " (" + abbrev + ")")
                    || normalisedLabel.equals(abbrev + " (" + longName + ")");
        }
    }

    private static final Pattern LABELLED = Pattern.compile("^([A-Za-z][A-Za-z0-9 _()\\-]{0,60}?)\\s*:\\s*(.*)$");
    private static final Pattern LEADING_MARKER = Pattern.compile("^(?:>\\s*|[-*+]\\s+|#{1,6}\\s+|\\d{1,3}[.)]\\s+)");
    private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?![0-9])");
    private static final Pattern DURATION = Pattern.compile(
            "^(?:(?:<=?|≤|within|up to)\\s*)?(?:\\d+(?:[.,]\\d+)?\\s*(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w)|0)(?![A-Za-z0-9])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?$");
    private static final List<String> REVIEW_LABELS = List.of("last reviewed", "last reviewed on", "last review date");
    private static final List<String> SYSTEM_HEADERS = List.of("system", "systems", "service", "system name");

    private final List<Found<LocalDate>> reviewDates = new ArrayList<>();
    private final Map<Objective, Found<String>> documentWide = new LinkedHashMap<>();
    private final Map<String, Row> rows = new LinkedHashMap<>();

    private DocumentFields() {}

    static DocumentFields parse(String text) {
        DocumentFields f = new DocumentFields();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.startsWith("|")) {
                List<String> header = cells(t);
                if (i + 1 < lines.size() && SEPARATOR_ROW.matcher(lines.get(i + 1).strip()).matches() && f.isObjectivesHeader(header)) {
                    i = f.readObjectivesTable(lines, i, header);
                    continue;
                }
                if (header.size() >= 2) f.labelled(normalise(header.get(0)), header.get(1), i + 1);
                continue;
            }
            Matcher m = LABELLED.matcher(clean(stripMarkers(t)));
            if (m.matches()) f.labelled(normalise(m.group(1)), m.group(2), i + 1);
        }
        return f;
    }

    /** The latest readable review date. */
    Optional<Found<LocalDate>> lastReviewed() {
        return reviewDates.stream().filter(Found::readable).max((a, b) -> a.value().compareTo(b.value()));
    }

    /** Review dates that are not dates, in the order written. */
    List<Found<LocalDate>> unreadableReviewDates() {
        return reviewDates.stream().filter(d -> !d.readable()).toList();
    }

    /** The objective for a system: its table row's cell if it has one, else the document-wide labelled line; empty when neither. */
    Optional<Found<String>> objective(Objective which, String system) {
        Row row = rows.get(system.toLowerCase(Locale.ROOT));
        Found<String> cell = row == null ? null : which == Objective.RTO ? row.rto() : row.rpo();
        if (cell != null) return Optional.of(cell);
        return Optional.ofNullable(documentWide.get(which));
    }

    private void labelled(String label, String rawValue, int line) {
        String value = unquote(clean(rawValue));
        if (REVIEW_LABELS.contains(label)) {
            reviewDates.add(new Found<>(date(value), value, line));
            return;
        }
        for (Objective o : Objective.values()) {
            if (o.names(label)) documentWide.putIfAbsent(o, new Found<>(duration(value), value, line));
        }
    }

    private boolean isObjectivesHeader(List<String> header) {
        boolean rto = false, rpo = false;
        for (String h : header) {
            String n = normalise(h);
            rto |= Objective.RTO.names(n);
            rpo |= Objective.RPO.names(n);
        }
        return rto && rpo;
    }

    /** Reads the rows after the header and separator; returns the index of the table's last line. */
    private int readObjectivesTable(List<String> lines, int headerIndex, List<String> header) {
        int systemCol = -1, rtoCol = -1, rpoCol = -1;
        for (int c = 0; c < header.size(); c++) {
            String n = normalise(header.get(c));
            if (systemCol < 0 && SYSTEM_HEADERS.contains(n)) systemCol = c;
            if (rtoCol < 0 && Objective.RTO.names(n)) rtoCol = c;
            if (rpoCol < 0 && Objective.RPO.names(n)) rpoCol = c;
        }
        int i = headerIndex + 2;
        for (; i < lines.size() && lines.get(i).strip().startsWith("|"); i++) {
            List<String> row = cells(lines.get(i).strip());
            Found<String> rto = cell(row, rtoCol, i + 1);
            Found<String> rpo = cell(row, rpoCol, i + 1);
            if (systemCol < 0) {
                // No system column: the table states the objectives for the whole document.
                if (rto != null) documentWide.putIfAbsent(Objective.RTO, rto);
                if (rpo != null) documentWide.putIfAbsent(Objective.RPO, rpo);
                continue;
            }
            String system = systemCol < row.size() ? unquote(clean(row.get(systemCol))) : "";
            if (!system.isEmpty()) rows.putIfAbsent(system.toLowerCase(Locale.ROOT), new Row(system, i + 1, rto, rpo));
        }
        return i - 1;
    }

    private static Found<String> cell(List<String> row, int col, int line) {
        if (col < 0 || col >= row.size()) return null;
        String v = unquote(clean(row.get(col)));
        return v.isEmpty() || v.equals("-") ? null : new Found<>(duration(v), v, line);
    }

    private static LocalDate date(String value) {
        Matcher m = DATE.matcher(value);
        if (!m.find()) return null;
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The value itself when it reads as a duration (it may go on with a remark: "4h (business hours)"), else null. */
    private static String duration(String value) {
        return DURATION.matcher(value).find() ? value : null;
    }

    private static List<String> cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) r = r.substring(1);
        if (r.endsWith("|")) r = r.substring(0, r.length() - 1);
        List<String> out = new ArrayList<>();
        for (String c : r.split("\\|", -1)) out.add(c.strip());
        return out;
    }

    private static String stripMarkers(String line) {
        String s = line;
        while (true) {
            Matcher m = LEADING_MARKER.matcher(s);
            if (!m.find()) return s;
            s = s.substring(m.end());
        }
    }

    /** Drops Markdown emphasis and code marks, which people put around labels and values. */
    private static String clean(String s) {
        return s.replace("**", "").replace("__", "").replace("`", "").strip();
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) return s.substring(1, s.length() - 1).strip();
        return s;
    }

    /** Lower case, {@code _} and {@code -} as spaces, single spaces, no trailing colon. */
    private static String normalise(String label) {
        String n = clean(label).toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").strip();
        return n.endsWith(":") ? n.substring(0, n.length() - 1).strip() : n;
    }
}
