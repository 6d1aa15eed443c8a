package dev.bulwark.rule;

import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.ParsedExport;

import java.util.List;

/** One {@code export:} entry of a rule: the export kind it applies to and the check that judges it. */
public record ExportLogic(ExportKind kind, ExportCheck check) {
    public ExportLogic {
        if (!check.kinds().contains(kind)) throw new IllegalArgumentException(check.getClass().getName() + " does not judge " + kind.id() + " exports");
    }

    /** Runs the check on {@code export} when it is of this entry's kind; other kinds give nothing. */
    public List<ExportOutcome> evaluate(ParsedExport export, ExportContext context) {
        return export.kind() == kind ? check.evaluate(export, context) : List.of();
    }
}
