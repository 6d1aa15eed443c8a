package dev.bulwark.source.export;

/** The light check an email column gets: something@domain, without spaces. */
final class Emails {
    private Emails() {}

    static String check(CsvTable t, CsvTable.Row row, String column) throws ExportFormatException {
        String s = t.get(row, column).strip();
        int at = s.indexOf('@');
        if (at <= 0 || at != s.lastIndexOf('@') || at == s.length() - 1 || s.chars().anyMatch(Character::isWhitespace)) {
            throw t.badValue(row, column, s, "an email address");
        }
        return s;
    }
}
