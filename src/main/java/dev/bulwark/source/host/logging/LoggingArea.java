package dev.bulwark.source.host.logging;

import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.host.HostArea;
import dev.bulwark.source.host.HostContext;
import dev.bulwark.source.host.HostFacts;
import dev.bulwark.source.host.conf.ConfigFiles;
import dev.bulwark.source.host.conf.IniFile;
import dev.bulwark.source.host.conf.IniSetting;
import dev.bulwark.source.host.conf.Problems;
import dev.bulwark.source.host.conf.SystemdConfig;
import dev.bulwark.source.host.services.EnabledUnit;
import dev.bulwark.source.host.services.EnabledUnitsReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Audit, log and time: {@code host_audit} (auditd enabled, and which of the identity, sudo and time-change
 * rules are missing), {@code host_logs} (journald persistence, or BusyBox syslogd's on Alpine; forwarding to a remote collector) and
 * {@code host_time} (time servers configured and a time daemon enabled).
 */
public final class LoggingArea implements HostArea {
    private static final List<String> IDENTITY = List.of("/etc/passwd", "/etc/group", "/etc/shadow", "/etc/sudoers");
    private static final List<String> SUDO = List.of("/etc/sudoers.d", "/var/log/sudo.log", "/usr/bin/sudo");
    private static final List<String> TIME_CALLS = List.of("adjtimex", "settimeofday", "clock_settime");
    private static final Set<String> TIME_UNITS = Set.of("chrony.service", "chronyd.service", "chronyd", "systemd-timesyncd.service",
            "ntp.service", "ntpd.service", "ntpsec.service", "ntpd", "openntpd.service", "openntpd");

    @Override
    public String name() {
        return "logging";
    }

    @Override
    public void collect(HostContext context) {
        ConfigFiles files = new ConfigFiles(context);
        List<EnabledUnit> units = EnabledUnitsReader.read(files);
        audit(context, files, units);
        logs(context, files, units);
        time(context, files, units);
    }

    private static boolean enabled(List<EnabledUnit> units, String... names) {
        return units.stream().anyMatch(u -> List.of(names).contains(u.name()));
    }

    private static void audit(HostContext context, ConfigFiles files, List<EnabledUnit> units) {
        Optional<AuditRules> rules = AuditRulesReader.read(files);
        rules.ifPresent(r -> Problems.report(context, r.problems()));
        boolean enabled = enabled(units, "auditd.service", "auditd");
        List<String> missing = new ArrayList<>();
        SourceLocation at = SourceLocation.ofFile(AuditRulesReader.RULES_D);
        if (rules.isPresent()) {
            AuditRules r = rules.get();
            for (String path : IDENTITY) if (!r.watches().containsKey(path)) missing.add("identity: no rule watches " + path);
            if (SUDO.stream().noneMatch(r.watches()::containsKey)) missing.add("sudo: no rule watches /etc/sudoers.d, /var/log/sudo.log or /usr/bin/sudo");
            for (String call : TIME_CALLS) if (!r.syscalls().containsKey(call)) missing.add("time: no rule records the " + call + " system call");
            if (!r.watches().containsKey("/etc/localtime")) missing.add("time: no rule watches /etc/localtime");
            if (r.disabled() != null) missing.add("auditing is switched off by -e 0 at " + r.disabled());
            if (!r.files().isEmpty()) at = SourceLocation.ofFile(r.files().get(0));
        } else {
            missing.add("no audit rules in " + AuditRulesReader.RULES_D + " or " + AuditRulesReader.AUDIT_RULES);
        }
        context.add(context.facts("host_audit", "host:audit", "audit", at)
                .put("enabled", enabled, null)
                .put("rule_files", rules.map(AuditRules::files).orElse(List.of()), null)
                .put("missing", missing, null));
    }

    private static void logs(HostContext context, ConfigFiles files, List<EnabledUnit> units) {
        Optional<IniFile> journald = SystemdConfig.read(files, "journald");
        journald.ifPresent(j -> Problems.report(context, j.problems()));
        Optional<IniSetting> storage = journald.flatMap(j -> j.get("Journal", "Storage"));
        boolean journalDir = files.exists("/var/log/journal");
        String mode = storage.map(IniSetting::value).orElse("auto");
        // Storage=auto keeps the journal on disk when /var/log/journal exists; persistent creates it.
        boolean persistent = mode.equals("persistent") || (mode.equals("auto") && journalDir);
        RsyslogReader rsyslog = new RsyslogReader(files);
        Optional<List<RemoteLogTarget>> rsyslogTargets = rsyslog.read();
        Problems.report(context, rsyslog.problems());
        boolean rsyslogEnabled = enabled(units, "rsyslog.service", "rsyslog");
        List<String> forwarding = new ArrayList<>();
        if (rsyslogEnabled || !context.root().exists("/etc/systemd/system")) {
            rsyslogTargets.ifPresent(list -> list.forEach(t -> forwarding.add(t.via() + " to " + t.target() + " (" + t.at() + ")")));
        }
        boolean upload = enabled(units, "systemd-journal-upload.service");
        Optional<IniFile> uploadConf = SystemdConfig.read(files, "journal-upload");
        Optional<IniSetting> url = uploadConf.flatMap(u -> u.get("Upload", "URL"));
        if (upload && url.isPresent()) forwarding.add("systemd-journal-upload to " + url.get().value() + " (" + url.get().at() + ")");
        boolean syslogLocal = rsyslogTargets.isPresent() && rsyslogEnabled;
        // Alpine: BusyBox syslogd, started by OpenRC's "syslog" service, in place of journald and rsyslog.
        boolean busybox = enabled(units, "syslog") && files.exists("/etc/init.d/syslog");
        String busyboxMode = "not enabled";
        if (busybox) {
            BusyboxSyslog b = BusyboxSyslog.read(files);
            busyboxMode = b.inMemory() ? "in memory only (-C)" : b.local() ? "to files" : "only to remote collectors";
            syslogLocal |= b.local();
            String where = b.at() != null ? b.at().toString() : BusyboxSyslog.CONF;
            for (String r : b.remotes()) forwarding.add("busybox syslogd to " + r + " (" + where + ")");
        }
        SourceLocation at = storage.map(s -> s.at().location()).orElse(SourceLocation.ofFile(busybox ? BusyboxSyslog.CONF : "/etc/systemd/journald.conf"));
        context.add(context.facts("host_logs", "host:logs", "logs", at)
                .put("journal_storage", mode, storage.map(s -> s.at().location()).orElse(null))
                .put("journal_directory", journalDir, null)
                .put("persistent", persistent || syslogLocal, null)
                .put("rsyslog_enabled", rsyslogEnabled, null)
                .put("busybox_syslog", busyboxMode, null)
                .put("forwarding", forwarding, null));
    }

    private static void time(HostContext context, ConfigFiles files, List<EnabledUnit> units) {
        TimeSourcesReader reader = new TimeSourcesReader(files);
        List<TimeSource> sources = reader.read();
        Problems.report(context, reader.problems());
        List<String> daemons = units.stream().map(EnabledUnit::name).filter(TIME_UNITS::contains).toList();
        boolean timesyncd = daemons.contains("systemd-timesyncd.service");
        List<String> servers = new ArrayList<>();
        for (TimeSource s : sources) servers.add(s.daemon() + " " + s.server() + " (" + s.at() + ")");
        // timesyncd without NTP= uses the servers compiled in by the distribution (FallbackNTP).
        if (timesyncd && sources.stream().noneMatch(s -> s.daemon().equals("timesyncd"))) servers.add("timesyncd: the distribution's fallback servers");
        SourceLocation at = sources.isEmpty() ? SourceLocation.ofFile("/etc") : sources.get(0).at().location();
        context.add(context.facts("host_time", "host:time", "time", at)
                .put("daemons", daemons, null)
                .put("servers", servers, null));
    }

}
