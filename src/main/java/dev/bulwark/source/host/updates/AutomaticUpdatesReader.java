package dev.bulwark.source.host.updates;

import dev.bulwark.source.host.conf.ConfigFiles;
import dev.bulwark.source.host.conf.ConfigProblem;
import dev.bulwark.source.host.conf.FileLine;
import dev.bulwark.source.host.conf.IniFile;
import dev.bulwark.source.host.conf.IniSetting;
import dev.bulwark.source.host.services.EnabledUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads how automatic updates are set up, per package manager:
 * <ul>
 * <li>Debian/Ubuntu: {@code APT::Periodic::Unattended-Upgrade} above 0 (and {@code Update-Package-Lists}) in
 *     apt's configuration, the unattended-upgrades package installed, and apt-daily-upgrade.timer not masked;</li>
 * <li>RHEL family: {@code apply_updates = yes} in dnf-automatic's {@code automatic.conf} (dnf 4 or dnf5) with
 *     {@code dnf-automatic.timer} enabled, or {@code dnf-automatic-install.timer} enabled (which installs whatever
 *     the file says); {@code upgrade_type} says whether only security updates are taken;</li>
 * <li>RHEL 7: yum-cron's {@code apply_updates = yes} with yum-cron enabled;</li>
 * <li>Alpine: a script under {@code /etc/periodic} or a root crontab line running {@code apk upgrade}.</li>
 * </ul>
 */
public final class AutomaticUpdatesReader {
    private static final List<String> DNF_CONF = List.of("/etc/dnf/automatic.conf", "/etc/dnf/dnf5-plugins/automatic.conf");
    private static final String YUM_CRON = "/etc/yum/yum-cron.conf";
    private static final Set<String> YES = Set.of("yes", "true", "1", "on");

    private final ConfigFiles files;
    private final List<EnabledUnit> enabled;
    private final InstalledPackages packages;
    private final List<ConfigProblem> problems = new ArrayList<>();

    public AutomaticUpdatesReader(ConfigFiles files, List<EnabledUnit> enabled, InstalledPackages packages) {
        this.files = files;
        this.enabled = enabled;
        this.packages = packages;
    }

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    /** One entry per update tool found on the host (installed or configured); empty when there is none. */
    public List<AutomaticUpdates> read() {
        List<AutomaticUpdates> out = new ArrayList<>();
        apt().ifPresent(out::add);
        dnf().ifPresent(out::add);
        yumCron().ifPresent(out::add);
        apk().ifPresent(out::add);
        return out;
    }

    private Optional<AutomaticUpdates> apt() {
        if (!files.exists("/etc/apt")) return Optional.empty();
        AptConfigReader apt = AptConfigReader.read(files);
        problems.addAll(apt.problems());
        boolean installed = packages.installed("unattended-upgrades") || files.exists("/usr/bin/unattended-upgrade");
        List<AutomaticUpdates.Evidence> evidence = new ArrayList<>();
        Optional<AptConfigReader.Value> upgrade = apt.get("APT::Periodic::Unattended-Upgrade");
        Optional<AptConfigReader.Value> lists = apt.get("APT::Periodic::Update-Package-Lists");
        upgrade.ifPresent(v -> evidence.add(new AutomaticUpdates.Evidence("APT::Periodic::Unattended-Upgrade \"" + v.text() + "\"", v.at())));
        lists.ifPresent(v -> evidence.add(new AutomaticUpdates.Evidence("APT::Periodic::Update-Package-Lists \"" + v.text() + "\"", v.at())));
        boolean configured = upgrade.map(v -> positive(v.text())).orElse(false) && lists.map(v -> positive(v.text())).orElse(false);
        boolean timerMasked = files.linkTarget("/etc/systemd/system/apt-daily-upgrade.timer").map("/dev/null"::equals).orElse(false);
        if (timerMasked) evidence.add(new AutomaticUpdates.Evidence("apt-daily-upgrade.timer masked", new FileLine("/etc/systemd/system/apt-daily-upgrade.timer", 0)));
        return Optional.of(new AutomaticUpdates("unattended-upgrades", installed, configured, !timerMasked, evidence));
    }

    /** APT::Periodic intervals are days ("1") or, in newer apt, durations ("1d", "always"); 0 turns them off. */
    private static boolean positive(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return !v.isEmpty() && !v.equals("0") && !v.startsWith("0") && !v.equals("false") && !v.equals("never");
    }

    private Optional<AutomaticUpdates> dnf() {
        for (String path : DNF_CONF) {
            Optional<String> text = files.read(path);
            boolean installTimer = enabledUnit("dnf-automatic-install.timer") || enabledUnit("dnf5-automatic-install.timer");
            boolean plainTimer = enabledUnit("dnf-automatic.timer") || enabledUnit("dnf5-automatic.timer");
            if (text.isEmpty()) continue;
            IniFile ini = new IniFile().add(path, text.get());
            problems.addAll(ini.problems());
            List<AutomaticUpdates.Evidence> evidence = new ArrayList<>();
            Optional<IniSetting> apply = ini.get("commands", "apply_updates");
            Optional<IniSetting> type = ini.get("commands", "upgrade_type");
            apply.ifPresent(s -> evidence.add(new AutomaticUpdates.Evidence("apply_updates = " + s.value(), s.at())));
            type.ifPresent(s -> evidence.add(new AutomaticUpdates.Evidence("upgrade_type = " + s.value(), s.at())));
            if (installTimer) evidence.add(new AutomaticUpdates.Evidence("dnf-automatic-install.timer enabled", null));
            if (plainTimer) evidence.add(new AutomaticUpdates.Evidence("dnf-automatic.timer enabled", null));
            boolean applies = apply.map(s -> YES.contains(s.value().toLowerCase(Locale.ROOT))).orElse(false);
            return Optional.of(new AutomaticUpdates("dnf-automatic", true, applies || installTimer, installTimer || plainTimer, evidence));
        }
        return Optional.empty();
    }

    private Optional<AutomaticUpdates> yumCron() {
        Optional<String> text = files.read(YUM_CRON);
        if (text.isEmpty()) return Optional.empty();
        IniFile ini = new IniFile().add(YUM_CRON, text.get());
        problems.addAll(ini.problems());
        Optional<IniSetting> apply = ini.get("commands", "apply_updates");
        List<AutomaticUpdates.Evidence> evidence = new ArrayList<>();
        apply.ifPresent(s -> evidence.add(new AutomaticUpdates.Evidence("apply_updates = " + s.value(), s.at())));
        boolean applies = apply.map(s -> YES.contains(s.value().toLowerCase(Locale.ROOT))).orElse(false);
        return Optional.of(new AutomaticUpdates("yum-cron", true, applies, enabledUnit("yum-cron.service"), evidence));
    }

    private Optional<AutomaticUpdates> apk() {
        if (!files.exists(InstalledPackages.APK_INSTALLED)) return Optional.empty();
        List<String> candidates = new ArrayList<>();
        for (String period : files.list("/etc/periodic")) {
            for (String script : files.list("/etc/periodic/" + period)) candidates.add("/etc/periodic/" + period + "/" + script);
        }
        candidates.add("/etc/crontabs/root");
        for (String path : candidates) {
            Optional<String> text = files.read(path);
            if (text.isEmpty()) continue;
            String[] lines = text.get().split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].strip();
                if (!l.startsWith("#") && l.matches(".*\\bapk\\b.*\\bupgrade\\b.*")) {
                    return Optional.of(new AutomaticUpdates("apk", true, true, true,
                            List.of(new AutomaticUpdates.Evidence(l, new FileLine(path, i + 1)))));
                }
            }
        }
        return Optional.of(new AutomaticUpdates("apk", true, false, false, List.of()));
    }

    private boolean enabledUnit(String name) {
        return enabled.stream().anyMatch(u -> u.name().equals(name));
    }
}
