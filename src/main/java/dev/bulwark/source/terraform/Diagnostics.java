package dev.bulwark.source.terraform;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.hcl.Range;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects load diagnostics. The same expression may be evaluated once per resource instance, so
 * identical diagnostics are kept once.
 */
final class Diagnostics {
    private final Set<Diagnostic> seen = new LinkedHashSet<>();

    synchronized void add(Diagnostic d) {
        seen.add(d);
    }

    void error(String file, Range at, String message) {
        add(Diagnostic.error(location(file, at), message));
    }

    void warning(String file, Range at, String message) {
        add(Diagnostic.warning(location(file, at), message));
    }

    void info(String file, Range at, String message) {
        add(Diagnostic.info(location(file, at), message));
    }

    synchronized List<Diagnostic> sorted() {
        List<Diagnostic> all = new ArrayList<>(seen);
        all.sort(null);
        return all;
    }

    static SourceLocation location(String file, Range r) {
        if (r == null) {
            return SourceLocation.ofFile(file);
        }
        return new SourceLocation(file, r.startLine(), r.startColumn(), r.endLine(), r.endColumn());
    }
}
