package dev.bulwark.rule.builtin.exports;

import dev.bulwark.source.export.ParsedExport;

/** The typed view of the export a check was handed. */
final class Exports {
    private Exports() {}

    static <T extends ParsedExport> T as(ParsedExport export, Class<T> type, Class<?> check) {
        if (!type.isInstance(export)) {
            throw new IllegalArgumentException(check.getSimpleName() + " judges " + type.getSimpleName() + " exports, got " + export.kind().id());
        }
        return type.cast(export);
    }
}
