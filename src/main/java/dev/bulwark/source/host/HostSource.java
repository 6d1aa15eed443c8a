package dev.bulwark.source.host;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.Source;
import dev.bulwark.source.SourceRequest;
import dev.bulwark.source.host.os.Distribution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A host's configuration as resources of format {@code host}: the running system or an offline root
 * file system, read by every {@link HostArea}. This source claims no file of a scanned tree (a
 * repository scan must never read {@code /etc}), so it is not in the code-scan registry; {@code bulwark host}
 * calls it with a {@link HostOptions} naming the root.
 */
public final class HostSource implements Source {
    public static final String FORMAT = "host";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean claims(Path file) {
        return false;
    }

    @Override
    public InfrastructureModel load(SourceRequest request) {
        HostRoot root = request.options().get(HostOptions.class).map(HostOptions::root)
                .orElseGet(() -> HostRoot.offline(request.roots().get(0)));
        return load(root, HostAreas.all());
    }

    /** Every area over {@code root}; the caller has checked that it looks like a Linux root file system. */
    public static InfrastructureModel load(HostRoot root, List<HostArea> areas) {
        HostContext probe = new HostContext(root, Distribution.UNKNOWN);
        Distribution distribution = Distribution.read(probe);
        HostContext context = new HostContext(root, distribution);
        List<Diagnostic> diagnostics = new ArrayList<>(probe.diagnostics());
        for (HostArea area : areas) {
            try {
                area.collect(context);
            } catch (RuntimeException e) {
                // One area's defect must not hide the others' results.
                diagnostics.add(Diagnostic.error(SourceLocation.ofFile(root.toString()),
                        "the " + area.name() + " check failed internally and was skipped: " + e));
            }
        }
        diagnostics.addAll(context.diagnostics());
        diagnostics.sort(null);
        return new InfrastructureModel(context.resources(), diagnostics, context.filesRead() + probe.filesRead(),
                context.filesFailed() + probe.filesFailed());
    }
}
