package dev.bulwark.source.host.updates;

import dev.bulwark.source.host.conf.FileLine;

import java.util.List;

/**
 * Whether the host installs security updates by itself, and what says so.
 *
 * @param tool       unattended-upgrades, dnf-automatic, yum-cron or apk (a periodic {@code apk upgrade})
 * @param installed  the tool is present (its package or program)
 * @param configured its configuration asks for updates to be installed (not only downloaded or announced)
 * @param scheduled  something runs it: apt's daily timer with APT::Periodic set, or an enabled dnf-automatic timer
 * @param evidence   the settings that decide it, as written, with their lines
 */
public record AutomaticUpdates(String tool, boolean installed, boolean configured, boolean scheduled, List<Evidence> evidence) {
    public AutomaticUpdates {
        evidence = List.copyOf(evidence);
    }

    public boolean active() {
        return installed && configured && scheduled;
    }

    public record Evidence(String setting, FileLine at) {
    }
}
