package dev.bulwark.engine;

import dev.bulwark.engine.pack.AuditPeriod;
import dev.bulwark.source.SourceOptions;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What {@code audit-pack} puts together.
 *
 * @param dir           the pack's folder: new or empty
 * @param project       the directory scanned now, with its {@code .bulwark.yaml}
 * @param configFile    the configuration file; null for {@code .bulwark.yaml} in {@code project}
 * @param period        which evidence records the pack lists as the period's
 * @param changes       the status also judges the change history of the project's repository
 * @param pullRequests  with {@code changes}: the pull requests and their reviews; null for none
 * @param ledger        the evidence ledger, opened read-only
 * @param clock         when the pack is made: today for the status, and the time the files carry
 * @param toolVersion   Bulwark's version, written into the reports
 */
public record AuditPackRequest(Path dir, Path project, Path configFile, AuditPeriod period, boolean changes, Path pullRequests,
                               SourceOptions sourceOptions,
                               LedgerLocation ledger, Clock clock, String toolVersion) {}
