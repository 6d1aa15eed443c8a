package dev.bulwark.source.host.updates;

import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import dev.bulwark.source.host.HostArea;
import dev.bulwark.source.host.HostContext;
import dev.bulwark.source.host.HostFacts;
import dev.bulwark.source.host.conf.ConfigFiles;
import dev.bulwark.source.host.conf.Problems;
import dev.bulwark.source.host.os.Distribution;
import dev.bulwark.source.host.services.EnabledUnitsReader;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code host_updates} resource ({@code host:updates}): the automatic update tools found and whether each
 * installs updates on a schedule, how many days ago the package database last changed, and the release's end
 * of security support from the bundled table.
 */
public final class UpdatesArea implements HostArea {
    private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;
    private final Clock clock;

    /** @param clock "now": the package database's age counts to it, the release's support is judged on its date */
    public UpdatesArea(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "updates";
    }

    @Override
    public void collect(HostContext context) {
        ConfigFiles files = new ConfigFiles(context);
        InstalledPackages packages = InstalledPackages.read(files);
        AutomaticUpdatesReader reader = new AutomaticUpdatesReader(files, EnabledUnitsReader.read(files), packages);
        List<AutomaticUpdates> tools = reader.read();
        Problems.report(context, reader.problems());

        List<String> described = new ArrayList<>();
        SourceLocation at = SourceLocation.ofFile("/etc");
        for (AutomaticUpdates t : tools) {
            described.add(describe(t));
            if (t.active()) at = t.evidence().stream().filter(e -> e.at() != null).findFirst().map(e -> e.at().location()).orElse(at);
        }
        HostFacts facts = context.facts("host_updates", "host:updates", "updates", at)
                .put("automatic", tools.stream().anyMatch(AutomaticUpdates::active), null)
                .put("tools", described, null);

        long now = clock.millis();
        Optional<PackageDatabaseAge.Stamp> db = PackageDatabaseAge.database(files);
        facts.put("package_db", db.map(PackageDatabaseAge.Stamp::path).orElse(""), db.map(s -> SourceLocation.ofFile(s.path())).orElse(null));
        facts.put("package_db_age_days", db.map(s -> (Value) Value.of(Math.max(0, (now - s.modified()) / DAY_MILLIS)))
                .orElse(Value.unknown(UnknownReason.UNKNOWN_INPUT, "no package database (dpkg, rpm or apk) was found")), null);
        Optional<PackageDatabaseAge.Stamp> lists = PackageDatabaseAge.aptLists(files);
        facts.put("apt_lists_age_days", lists.map(s -> Math.max(0, (now - s.modified()) / DAY_MILLIS)).orElse(-1L), null);

        Distribution d = context.distribution();
        Optional<ReleaseSupport.Row> row = ReleaseSupport.lookup(d.id(), d.versionId());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        facts.put("release", d.prettyName(), d.location());
        facts.put("end_of_support", row.map(r -> r.endOfSupport().toString()).orElse(""), null);
        facts.put("support_source", row.map(ReleaseSupport.Row::source).orElse(""), null);
        facts.put("support_days_left", row.map(r -> (Value) Value.of(ChronoUnit.DAYS.between(today, r.endOfSupport())))
                .orElse(Value.unknown(UnknownReason.UNKNOWN_INPUT, "the support calendar has no entry for " + d.id() + " " + d.versionId())), null);
        context.add(facts);
    }

    private static String describe(AutomaticUpdates t) {
        List<String> parts = new ArrayList<>();
        parts.add(t.installed() ? "installed" : "not installed");
        parts.add(t.configured() ? "set to install updates" : "not set to install updates");
        parts.add(t.scheduled() ? "scheduled" : "not scheduled");
        String evidence = t.evidence().isEmpty() ? "" : " (" + String.join(", ", t.evidence().stream()
                .map(e -> e.setting() + (e.at() != null && e.at().line() > 0 ? " at " + e.at() : "")).toList()) + ")";
        return t.tool() + ": " + String.join(", ", parts) + evidence;
    }
}
