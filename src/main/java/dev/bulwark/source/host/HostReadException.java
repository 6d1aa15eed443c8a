package dev.bulwark.source.host;

import java.io.IOException;

/** A file of the host that exists but cannot be read: the message names the path (as the system sees it) and why. */
public final class HostReadException extends IOException {
    private final String path;

    public HostReadException(String path, String reason) {
        super("cannot read " + path + ": " + reason);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
