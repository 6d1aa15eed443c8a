package dev.bulwark.source.host.conf;

/** One {@code key = value} of an ini-style file: its section, value as written (unquoted), and line. */
public record IniSetting(String section, String key, String value, FileLine at) {
}
