package dev.bulwark.source.host.logging;

import dev.bulwark.source.host.conf.FileLine;

/** A line that sends logs to another machine: the daemon, the target as written, and where. */
public record RemoteLogTarget(String via, String target, FileLine at) {
}
