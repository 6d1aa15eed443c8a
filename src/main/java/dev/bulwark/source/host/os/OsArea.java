package dev.bulwark.source.host.os;

import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.host.HostArea;
import dev.bulwark.source.host.HostContext;
import dev.bulwark.source.host.HostFacts;

/**
 * The {@code host_os} resource ({@code host:os}): which distribution the root is, whether it was read
 * live, and which root. Rules on it say whether the distribution is one the checks know.
 */
public final class OsArea implements HostArea {
    @Override
    public String name() {
        return "os";
    }

    @Override
    public void collect(HostContext context) {
        Distribution d = context.distribution();
        SourceLocation at = d.location() != null ? d.location() : SourceLocation.ofFile("/etc/os-release");
        HostFacts facts = context.facts("host_os", "host:os", "os", at)
                .put("id_like", d.idLike(), at)
                .put("version_id", d.versionId(), at)
                .put("pretty_name", d.prettyName(), at)
                .put("os_release", d.location() != null, null)
                .put("live", context.root().isLive(), null)
                .put("root", context.root().directory().toString(), null);
        context.add(facts);
    }
}
