package dev.bulwark.finding;

/**
 * One finding recorded in a baseline (a saved {@code bulwark scan --format json}).
 *
 * @param fingerprint the content fingerprint, or null for a baseline written before fingerprints were recorded
 * @param file        where it was, for reporting it as absent
 * @param line        its line then, 0 when unknown
 */
public record BaselineEntry(String rule, String resourceAddress, String status, String fingerprint, String file, int line,
                            String message) {}
