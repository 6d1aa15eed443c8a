package dev.bulwark.source.host.services;

import dev.bulwark.source.host.conf.ConfigFiles;
import dev.bulwark.source.host.conf.ConfigProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The listening sockets of a running system and the process holding each: the socket tables of
 * {@code /proc/net}, then every {@code /proc/PID/fd/N} link that reads {@code socket:[INODE]}, named by
 * {@code /proc/PID/comm}. Processes of other users are hidden from an unprivileged reader; their sockets
 * keep a null process.
 */
public final class ListeningSocketsReader {
    private static final List<String> TABLES = List.of("tcp", "tcp6", "udp", "udp6");

    private final ConfigFiles files;
    private final List<ConfigProblem> problems = new ArrayList<>();

    public ListeningSocketsReader(ConfigFiles files) {
        this.files = files;
    }

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    /** Empty when there is no {@code /proc/net/tcp}: not a running system. */
    public Optional<List<ListeningSocket>> read() {
        List<ListeningSocket> sockets = new ArrayList<>();
        boolean any = false;
        for (String table : TABLES) {
            Optional<String> text = files.read("/proc/net/" + table);
            if (text.isEmpty()) continue;
            any = true;
            sockets.addAll(SocketTableReader.listening(table, text.get()));
        }
        if (!any) return Optional.empty();
        Map<Long, Long> owners = owners(sockets);
        List<ListeningSocket> out = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (ListeningSocket s : sockets) {
            Long pid = owners.get(s.inode());
            if (pid == null) {
                out.add(s);
                continue;
            }
            String name = names.computeIfAbsent(pid, this::command);
            out.add(s.withProcess(name, pid));
        }
        return Optional.of(out);
    }

    /** Socket inode → the first process found holding it. */
    private Map<Long, Long> owners(List<ListeningSocket> sockets) {
        Map<Long, Long> out = new HashMap<>();
        java.util.Set<String> wanted = new java.util.HashSet<>();
        for (ListeningSocket s : sockets) wanted.add("socket:[" + s.inode() + "]");
        for (String entry : files.list("/proc")) {
            if (!entry.chars().allMatch(Character::isDigit)) continue;
            String fdDir = "/proc/" + entry + "/fd";
            for (String fd : files.list(fdDir)) {
                Optional<String> target = files.linkTarget(fdDir + "/" + fd);
                if (target.isPresent() && wanted.contains(target.get())) {
                    String t = target.get();
                    out.putIfAbsent(Long.parseLong(t.substring(8, t.length() - 1)), Long.parseLong(entry));
                }
            }
            if (out.size() == wanted.size()) break;
        }
        return out;
    }

    private String command(long pid) {
        return files.read("/proc/" + pid + "/comm").map(String::strip).orElse(null);
    }
}
