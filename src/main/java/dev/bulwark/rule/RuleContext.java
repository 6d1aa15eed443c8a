package dev.bulwark.rule;

import dev.bulwark.model.Resource;

import java.util.List;
import java.util.Map;

/** What rule logic may look at besides the resource itself: related resources and the configured thresholds. */
public interface RuleContext {
    /** Resources of {@code type} whose attributes refer to {@code resource} (e.g. the versioning of a bucket). */
    List<Resource> referrers(Resource resource, String type);

    /** Resources of {@code type} whose attribute {@code attribute} refers to {@code resource} (the logging of a bucket, not its target). */
    List<Resource> referrersThrough(Resource resource, String type, String attribute);

    /** Resources of {@code type} that {@code resource} refers to (e.g. the KMS key of a bucket). */
    List<Resource> referenced(Resource resource, String type);

    /** Every resource of {@code type} in the same root module tree as {@code resource}. */
    List<Resource> sameRoot(Resource resource, String type);

    /** Thresholds and settings from configuration, with defaults (e.g. {@code log_retention_days}). */
    Map<String, Object> settings();

    /**
     * A value derived from {@code resource} once per scan and shared by every rule that asks with the
     * same {@code key} (e.g. the resource converted for CEL), so many rules on one resource do not redo it.
     */
    <T> T derived(Resource resource, String key, java.util.function.Supplier<T> compute);
}
