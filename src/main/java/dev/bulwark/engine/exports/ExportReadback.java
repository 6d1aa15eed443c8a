package dev.bulwark.engine.exports;

import dev.bulwark.model.export.ParsedExport;

import java.util.Optional;

/** An ingested export read back from the ledger: parsed, or the reason it could not be (exactly one is set). */
record ExportReadback(IngestedExport source, ParsedExport export, String problem) {
    ExportReadback {
        if ((export == null) == (problem == null)) throw new IllegalArgumentException("a readback is an export or a problem");
    }

    Optional<ParsedExport> parsed() {
        return Optional.ofNullable(export);
    }
}
