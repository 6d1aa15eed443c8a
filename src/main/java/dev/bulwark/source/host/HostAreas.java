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

import java.time.Clock;
import java.util.List;

/** Every area a host scan checks. A new area is a package under {@code source/host/} and one line here. */
public final class HostAreas {
    private HostAreas() {}

    /** Every area, "now" being the system clock's time. */
    public static List<HostArea> all() {
        return all(Clock.systemUTC());
    }

    /** Every area; {@code clock} is "now" for the checks that count days (package database age, end of support). */
    public static List<HostArea> all(Clock clock) {
        return List.of(
                new OsArea(),
                new SshdArea(),
                new SysctlArea(),
                new FirewallArea(),
                new ServicesArea(),
                new UpdatesArea(clock),
                new AccountsArea(),
                new LoggingArea(),
                new TlsArea());
    }
}
