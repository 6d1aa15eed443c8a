package dev.bulwark.engine;

import dev.bulwark.finding.ScanResult;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.rule.Rule;
import dev.bulwark.source.SourceOptions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The secrets pass of a scan on its own: every file under the scanned paths read once for secrets,
 * judged by each format's structure, reported by the BW-SECRET rules and suppressed as a scan
 * suppresses ({@code # bulwark:ignore BW-SECRET-001 fingerprint=… reason="…"}, {@code .bulwark.yaml}).
 * {@code bulwark scan} runs the same pass among its other rules; this is for front ends that want the
 * secrets alone (the working-tree mode of {@code bulwark secrets}).
 */
public final class SecretsOperation {
    private SecretsOperation() {}

    /**
     * The secrets of the working tree under {@code paths}: the findings of the rules among {@code rules}
     * that report secret families (the other rules do not run), with the model the files were read into
     * (every attribute holding a secret marked sensitive) and the problems met.
     */
    public static ScanResult scanWorkingTree(List<Path> paths, SourceOptions options, List<Rule> rules, ScanConfig config, LocalDate today) {
        List<Rule> secretRules = rules.stream().filter(r -> !r.secrets().isEmpty()).toList();
        return Scanner.scan(paths, options, secretRules, config, today);
    }

    /**
     * The model of the files under {@code paths}, with every attribute that holds a secret marked
     * sensitive, for front ends that print attribute values ({@code bulwark inspect}).
     */
    static InfrastructureModel loadHidingSecrets(List<Path> paths, SourceOptions options) {
        Sources.Loaded loaded = Sources.loadWithFiles(paths, options);
        List<SecretSweep.Found> found = new SecretSweep(loaded.model(), options::display, Set.of()).sweep(loaded.files());
        return SecretFindings.hide(loaded.model(), found);
    }
}
