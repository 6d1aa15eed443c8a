package dev.bulwark.process;

/** A saved scan result (bulwark scan --format json) that cannot be used. */
public final class ScanResultsException extends Exception {
    public ScanResultsException(String message) {
        super(message);
    }
}
