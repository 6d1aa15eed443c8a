package dev.bulwark.rule;

import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.ParsedExport;

import java.util.List;
import java.util.Set;

/**
 * A rule's logic for exports of live systems: which export kinds it judges, and how it judges one
 * export. Pure: the same export and context give the same outcomes; the time comes from the context.
 */
public interface ExportCheck {
    Set<ExportKind> kinds();

    /** Judges {@code export}, which is of one of {@link #kinds()}. */
    List<ExportOutcome> evaluate(ParsedExport export, ExportContext context);
}
