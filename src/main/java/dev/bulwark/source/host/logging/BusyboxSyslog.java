package dev.bulwark.source.host.logging;

import dev.bulwark.source.host.conf.ConfigFiles;
import dev.bulwark.source.host.conf.FileLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BusyBox's syslogd as Alpine runs it: the OpenRC service {@code syslog} with its options in
 * {@code SYSLOGD_OPTS} of {@code /etc/conf.d/syslog}. Without {@code -C} it writes {@code /var/log/messages}
 * (or the {@code -O} file) on disk; {@code -C} keeps a ring buffer in memory only; {@code -R HOST[:PORT]}
 * forwards to a remote collector (and, without {@code -L}, stops writing locally).
 *
 * @param inMemory  {@code -C}: the logs live in a ring buffer read with logread
 * @param local     the logs are written to a file
 * @param remotes   the {@code -R} targets
 * @param at        the line that sets the options, or null when the file does not set them (BusyBox's defaults)
 */
record BusyboxSyslog(boolean inMemory, boolean local, List<String> remotes, FileLine at) {
    static final String CONF = "/etc/conf.d/syslog";

    static BusyboxSyslog read(ConfigFiles files) {
        Optional<String> text = files.read(CONF);
        String opts = "";
        FileLine at = null;
        if (text.isPresent()) {
            String[] lines = text.get().split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].strip();
                if (!l.startsWith("SYSLOGD_OPTS=")) continue;
                opts = unquote(l.substring("SYSLOGD_OPTS=".length()));
                at = new FileLine(CONF, i + 1);
            }
        }
        return parse(opts, at);
    }

    static BusyboxSyslog parse(String opts, FileLine at) {
        String[] words = opts.strip().isEmpty() ? new String[0] : opts.strip().split("\\s+");
        boolean ring = false;
        boolean alsoLocal = false;
        List<String> remotes = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.startsWith("-C")) ring = true;
            else if (w.equals("-L")) alsoLocal = true;
            else if (w.equals("-R") && i + 1 < words.length) remotes.add(words[++i]);
            else if (w.startsWith("-R") && w.length() > 2) remotes.add(w.substring(2));
        }
        boolean local = !ring && (remotes.isEmpty() || alsoLocal);
        return new BusyboxSyslog(ring, local, remotes, at);
    }

    private static String unquote(String v) {
        String s = v.strip();
        int hash = s.startsWith("\"") || s.startsWith("'") ? -1 : s.indexOf(" #");
        if (hash >= 0) s = s.substring(0, hash).strip();
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
