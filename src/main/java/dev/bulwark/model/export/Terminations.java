package dev.bulwark.model.export;

import java.util.List;

/** An HR list of leavers, in file order. */
public record Terminations(String file, List<Leaver> leavers) implements ParsedExport {
    public Terminations {
        leavers = List.copyOf(leavers);
    }

    @Override
    public ExportKind kind() {
        return ExportKind.TERMINATIONS;
    }
}
