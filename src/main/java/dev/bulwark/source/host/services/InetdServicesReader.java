package dev.bulwark.source.host.services;

import dev.bulwark.source.host.conf.ConfigFiles;
import dev.bulwark.source.host.conf.ConfigProblem;
import dev.bulwark.source.host.conf.FileLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Services a super-server starts on demand: uncommented lines of {@code /etc/inetd.conf} (the service name is
 * the first field) and {@code /etc/xinetd.d/*} entries ({@code service NAME { ... }}) without {@code disable = yes}.
 */
public final class InetdServicesReader {
    private final ConfigFiles files;
    private final List<ConfigProblem> problems = new ArrayList<>();

    public InetdServicesReader(ConfigFiles files) {
        this.files = files;
    }

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    /** A service switched on in a super-server's configuration. */
    public record InetdService(String superServer, String name, FileLine at) {
    }

    public List<InetdService> read() {
        List<InetdService> out = new ArrayList<>();
        Optional<String> inetd = files.read("/etc/inetd.conf");
        if (inetd.isPresent()) {
            String[] lines = inetd.get().split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                out.add(new InetdService("inetd", l.split("\\s+")[0], new FileLine("/etc/inetd.conf", i + 1)));
            }
        }
        List<String> xinetd = new ArrayList<>();
        if (files.exists("/etc/xinetd.conf")) xinetd.add("/etc/xinetd.conf");
        for (String name : files.list("/etc/xinetd.d")) xinetd.add("/etc/xinetd.d/" + name);
        for (String path : xinetd) {
            Optional<String> text = files.read(path);
            if (text.isPresent()) xinetdFile(path, text.get(), out);
        }
        return out;
    }

    private void xinetdFile(String path, String text, List<InetdService> out) {
        String[] lines = text.split("\r?\n");
        String service = null;
        int serviceLine = 0;
        boolean disabled = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            if (l.startsWith("service ")) {
                service = l.substring(8).strip();
                serviceLine = i + 1;
                disabled = false;
            } else if (l.startsWith("}")) {
                if (service != null && !disabled) out.add(new InetdService("xinetd", service, new FileLine(path, serviceLine)));
                service = null;
            } else if (service != null && l.matches("disable\\s*=\\s*yes")) {
                disabled = true;
            }
        }
        if (service != null) problems.add(new ConfigProblem(path, serviceLine, "service " + service + " is not closed with \"}\""));
    }
}
