package dev.bulwark.engine;

import dev.bulwark.source.SourceOptions;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * What {@code status} looks at: the project directory (its {@code .bulwark.yaml}, and what a scan
 * now scans), the configuration side (a scan now, a saved result, or neither), whether to judge the
 * change history, and the ledger.
 *
 * @param configFile    the configuration file; null for {@code .bulwark.yaml} in {@code path}
 * @param scan          scan {@code path} now for the configuration side
 * @param results       a saved {@code scan --format json} to take the configuration side from; null for none
 * @param changes       also judge the change history of {@code path}'s repository
 * @param pullRequests  with {@code changes}: the pull requests and their reviews; null for none
 * @param clock         "now": today's date for cadences, the end of the change period
 */
public record StatusRequest(Path path, Path configFile, boolean scan, Path results, List<Path> rulePacks, SourceOptions sourceOptions,
                            boolean changes, Path pullRequests, LedgerLocation ledger, Clock clock) {
    public StatusRequest {
        rulePacks = List.copyOf(rulePacks);
    }
}
