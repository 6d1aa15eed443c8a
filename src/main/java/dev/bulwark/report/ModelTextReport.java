package dev.bulwark.report;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/** The evaluated model for people ({@code bulwark inspect}): one block per resource, then the load problems. */
public final class ModelTextReport {
    /** Shown instead of a value derived from a variable or output declared sensitive, as Terraform shows it. */
    static final String HIDDEN = "(sensitive value)";

    private ModelTextReport() {}

    public static void write(InfrastructureModel model, PrintWriter out) {
        for (Resource r : model.resources()) {
            out.printf("%s  (%s:%d-%d)%n", r.address(), r.location().file(), r.location().startLine(), r.location().endLine());
            for (Map.Entry<String, Value> e : r.attributes().fields().entrySet()) {
                String shown = r.sensitiveAttributes().contains(e.getKey()) ? HIDDEN : ValueText.format(e.getValue());
                out.printf("    %s = %s%n", e.getKey(), shown);
            }
            if (!r.references().isEmpty()) {
                out.printf("    # refers to: %s%n", String.join(", ", new TreeMap<>(r.references()).values().stream().flatMap(java.util.Set::stream)
                        .distinct().toList()));
            }
            out.println();
        }
        for (Diagnostic d : model.diagnostics()) out.println(d);
        long errors = model.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
        out.printf("%d resource(s) from %d file(s); %d file(s) could not be read; %d error(s)%n",
                model.resources().size(), model.filesRead(), model.filesFailed(), errors);
        out.flush();
    }
}
