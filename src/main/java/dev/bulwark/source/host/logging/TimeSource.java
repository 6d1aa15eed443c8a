package dev.bulwark.source.host.logging;

import dev.bulwark.source.host.conf.FileLine;

/** A time server a daemon is configured to follow: {@code chrony}, {@code ntpd} or {@code timesyncd}, the server as written, and where. */
public record TimeSource(String daemon, String server, FileLine at) {
}
