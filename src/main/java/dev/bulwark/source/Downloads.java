package dev.bulwark.source;

/**
 * Options of a source that may fetch what the scanned files refer to from the network (Terraform's
 * remote modules). The configuration's {@code modules: download} turns fetching on for every such
 * source, and a scan that fetches writes to disk, so the engine asks before it reads in the background.
 *
 * @param <T> the options type itself
 */
public interface Downloads<T extends Downloads<T>> {
    /** Whether these options let the source download. */
    boolean downloads();

    /** The same options with downloads turned on. */
    T downloading();
}
