package dev.bulwark.source.host;

import dev.bulwark.source.host.accounts.AccountsArea;
import dev.bulwark.source.host.firewall.FirewallArea;
import dev.bulwark.source.host.kernel.SysctlArea;
import dev.bulwark.source.host.logging.LoggingArea;
import dev.bulwark.source.host.os.OsArea;
import dev.bulwark.source.host.services.ServicesArea;
import dev.bulwark.source.host.ssh.SshdArea;
import dev.bulwark.source.host.tls.TlsArea;
import dev.bulwark.source.host.updates.UpdatesArea;

import java.util.List;

/** Every area a host scan checks. A new area is a package under {@code source/host/} and one line here. */
public final class HostAreas {
    private HostAreas() {}

    private static final List<HostArea> AREAS = List.of(
            new OsArea(),
            new SshdArea(),
            new SysctlArea(),
            new FirewallArea(),
            new ServicesArea(),
            new UpdatesArea(),
            new AccountsArea(),
            new LoggingArea(),
            new TlsArea());

    public static List<HostArea> all() {
        return AREAS;
    }
}
