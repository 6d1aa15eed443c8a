package dev.bulwark.source.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comma-separated export read with a real CSV parser (quoted fields, embedded commas and line
 * breaks): the header, then rows that each remember the line they start on. Checks the header
 * against the columns a format needs, and that every row has as many fields as the header.
 */
final class CsvTable {
    /** One data row and the line it starts on. */
    record Row(int line, List<String> fields) {}

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    private static final char[] OTHER_DELIMITERS = {';', '\t', '|'};

    private final String file;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private CsvTable(String file, Map<String, Integer> columns, List<Row> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * Reads {@code content} and checks that the header names every column of {@code required};
     * other columns are allowed (exports grow columns over time) and ignored.
     */
    static CsvTable read(String file, byte[] content, List<String> required) throws ExportFormatException {
        String expected = "expected columns " + String.join(", ", required);
        String text = ExportText.decode(file, content, "expected a header line with columns " + String.join(", ", required));
        List<Row> all = parse(file, text, expected);
        if (all.isEmpty()) throw new ExportFormatException(file, 1, "empty file (" + expected + ")");
        Row headerRow = all.get(0);
        List<String> header = headerRow.fields().stream().map(String::strip).toList();
        if (header.size() == 1 && required.size() > 1) {
            Character other = otherDelimiter(header.get(0));
            if (other != null) throw wrongDelimiter(file, headerRow.line(), other, expected);
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Integer earlier = columns.putIfAbsent(header.get(i), i);
            if (earlier != null) {
                throw new ExportFormatException(file, headerRow.line(), "column " + header.get(i) + " appears twice in the header (" + expected + ")");
            }
        }
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            String what = missing.size() == 1 ? "missing column " + missing.get(0) : "missing columns " + String.join(", ", missing);
            throw new ExportFormatException(file, headerRow.line(), what + " (" + expected + ")");
        }
        List<Row> rows = all.subList(1, all.size());
        for (Row r : rows) {
            if (r.fields().size() == header.size()) continue;
            Character other = r.fields().size() == 1 ? otherDelimiter(r.fields().get(0)) : null;
            if (other != null) throw wrongDelimiter(file, r.line(), other, expected);
            throw new ExportFormatException(file, r.line(), r.fields().size() + (r.fields().size() == 1 ? " field" : " fields")
                    + ", expected " + header.size() + " as in the header (" + expected + ")");
        }
        return new CsvTable(file, columns, List.copyOf(rows));
    }

    private static List<Row> parse(String file, String text, String expected) throws ExportFormatException {
        List<Row> rows = new ArrayList<>();
        try (JsonParser p = CSV.getFactory().createParser(text)) {
            ((CsvParser) p).setSchema(CsvSchema.emptySchema());
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_ARRAY) return rows;
            while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
                List<String> fields = new ArrayList<>();
                int line = -1;
                while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
                    if (line < 0) line = p.currentTokenLocation().getLineNr();
                    fields.add(p.getText());
                }
                boolean blankLine = fields.size() == 1 && fields.get(0).isEmpty();
                if (!fields.isEmpty() && !blankLine) rows.add(new Row(line, List.copyOf(fields)));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            String why = e.getOriginalMessage();
            if (why != null && why.startsWith("Missing closing quote")) {
                int from = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line() + 1;
                throw new ExportFormatException(file, from, "a quoted value is never closed: it runs from this line to the end of the file (" + expected + ")");
            }
            throw new ExportFormatException(file, line, "not valid CSV: " + firstLine(why) + " (" + expected + ")");
        } catch (IOException e) {
            throw new ExportFormatException(file, 1, "cannot read as CSV: " + e.getMessage());
        }
        return rows;
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Character otherDelimiter(String onlyField) {
        for (char c : OTHER_DELIMITERS) {
            if (onlyField.indexOf(c) >= 0) return c;
        }
        return null;
    }

    private static ExportFormatException wrongDelimiter(String file, int line, char found, String expected) {
        String name = found == '\t' ? "tabs" : "'" + found + "'";
        return new ExportFormatException(file, line, "columns are separated by " + name + ", not commas (" + expected + ")");
    }

    List<Row> rows() {
        return rows;
    }

    /** The field of {@code row} in {@code column}, which {@link #read} checked is present. */
    String get(Row row, String column) {
        return row.fields().get(columns.get(column));
    }

    /** True when the header has {@code column} (for optional columns). */
    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** An error about one value of a row, naming the column and what the format expects there. */
    ExportFormatException badValue(Row row, String column, String value, String expectedValue) {
        return new ExportFormatException(file, row.line(), "column " + column + ": \"" + value + "\" is not " + expectedValue);
    }
}
