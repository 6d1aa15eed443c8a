package dev.bulwark.source.terraform.functions;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as Go's {@code encoding/csv} reads it: quoted fields may span lines and contain
 * {@code ""}, carriage returns before newlines are dropped, blank lines are skipped, and every
 * record must have as many fields as the first.
 */
final class Csv {
    private final String text;
    private int pos;
    private int line = 1;

    private Csv(String text) {
        this.text = text.replace("\r\n", "\n");
    }

    static List<List<String>> parse(String text) throws FunctionException {
        return new Csv(text).records();
    }

    private List<List<String>> records() throws FunctionException {
        List<List<String>> records = new ArrayList<>();
        int expected = -1;
        while (pos < text.length()) {
            if (text.charAt(pos) == '\n') { // blank line
                pos++;
                line++;
                continue;
            }
            int recordLine = line;
            List<String> record = record();
            if (expected < 0) {
                expected = record.size();
            } else if (record.size() != expected) {
                throw new FunctionException("record on line " + recordLine + ": wrong number of fields");
            }
            records.add(record);
        }
        return records;
    }

    private List<String> record() throws FunctionException {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(pos < text.length() && text.charAt(pos) == '"' ? quotedField() : plainField());
            if (pos >= text.length()) {
                return fields;
            }
            char c = text.charAt(pos++);
            if (c == '\n') {
                line++;
                return fields;
            }
            // otherwise c is the comma before the next field
        }
    }

    private String plainField() throws FunctionException {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '\n') {
            if (text.charAt(pos) == '"') {
                throw new FunctionException("parse error on line " + line + ", column " + (pos - lineStart() + 1)
                        + ": bare \" in non-quoted field");
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quotedField() throws FunctionException {
        int openLine = line;
        pos++;
        StringBuilder field = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    field.append('"');
                    pos++;
                    continue;
                }
                if (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '\n') {
                    throw new FunctionException("parse error on line " + line + ", column " + (pos - lineStart() + 1)
                            + ": extraneous or missing \" in quoted field");
                }
                return field.toString();
            }
            if (c == '\n') {
                line++;
            }
            field.append(c);
        }
        throw new FunctionException("parse error on line " + openLine + ": extraneous or missing \" in quoted field");
    }

    private int lineStart() {
        int nl = text.lastIndexOf('\n', Math.max(0, pos - 1));
        return nl + 1;
    }
}
