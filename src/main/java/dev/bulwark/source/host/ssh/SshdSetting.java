package dev.bulwark.source.host.ssh;

import dev.bulwark.model.SourceLocation;

/** The effective value of one keyword and where it was written (null when it is the installed version's default). */
record SshdSetting(String value, SourceLocation at) {}
