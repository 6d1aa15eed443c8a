package dev.bulwark.source.host.services;

import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.host.HostArea;
import dev.bulwark.source.host.HostContext;
import dev.bulwark.source.host.HostFacts;
import dev.bulwark.source.host.conf.ConfigFiles;
import dev.bulwark.source.host.conf.Problems;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code host_services} resource ({@code host:services}): services enabled at boot, services switched on
 * in inetd or xinetd, listening sockets with their process (live only), and which legacy daemons, compilers
 * and network tools are installed. Every list entry is a sentence naming where it was found.
 */
public final class ServicesArea implements HostArea {
    @Override
    public String name() {
        return "services";
    }

    @Override
    public void collect(HostContext context) {
        ConfigFiles files = new ConfigFiles(context);
        List<EnabledUnit> units = EnabledUnitsReader.read(files);
        InetdServicesReader inetd = new InetdServicesReader(files);
        List<InetdServicesReader.InetdService> superServed = inetd.read();
        Problems.report(context, inetd.problems());
        ListeningSocketsReader socketsReader = new ListeningSocketsReader(files);
        Optional<List<ListeningSocket>> sockets = socketsReader.read();
        Problems.report(context, socketsReader.problems());

        Set<String> legacyEnabled = new LinkedHashSet<>();
        Set<String> legacyInstalled = new LinkedHashSet<>();
        List<String> compilers = new ArrayList<>();
        List<String> tools = new ArrayList<>();
        for (Program p : Program.KNOWN) {
            Optional<String> found = p.paths().stream().filter(files::exists).findFirst();
            switch (p.kind()) {
                case Program.COMPILER -> found.ifPresent(path -> compilers.add(p.name() + " (" + path + ")"));
                // Alpine links BusyBox's applets (nc among them) into /bin: say so, the remedy is another BusyBox build.
                case Program.NETWORK_TOOL -> found.ifPresent(path -> tools.add(p.name() + " (" + path
                        + (files.linkTarget(path).filter(t -> t.endsWith("/busybox")).isPresent() ? ", a BusyBox applet" : "") + ")"));
                default -> {
                    found.ifPresent(path -> legacyInstalled.add(p.name() + " (" + path + ")"));
                    for (EnabledUnit u : units) {
                        if (p.units().contains(u.name())) legacyEnabled.add(p.name() + ": " + u.name() + " enabled by " + u.link());
                    }
                    sockets.ifPresent(list -> list.stream().filter(s -> !s.loopback() && p.ports().contains(s.port()) && matchesProtocol(p, s))
                            .forEach(s -> legacyEnabled.add(p.name() + ": listening on " + describe(s))));
                }
            }
        }
        for (InetdServicesReader.InetdService s : superServed) {
            if (LEGACY_INETD.contains(s.name())) legacyEnabled.add(s.superServer() + " starts " + s.name() + " (" + s.at() + ")");
        }

        HostFacts facts = context.facts("host_services", "host:services", "services", SourceLocation.ofFile("/etc/systemd/system"))
                .put("live", context.root().isLive(), null)
                .put("enabled_units", units.stream().map(EnabledUnit::name).toList(), null)
                .put("legacy_enabled", List.copyOf(legacyEnabled), null)
                .put("legacy_installed", List.copyOf(legacyInstalled), null)
                .put("compilers", compilers, null)
                .put("network_tools", tools, null)
                .put("listening", sockets.map(l -> l.stream().map(ServicesArea::describe).toList()).orElse(List.of()), null)
                .put("listening_known", sockets.isPresent(), null);
        context.add(facts);
    }

    /** inetd.conf and xinetd service names of the clear-text daemons. */
    private static final Set<String> LEGACY_INETD = Set.of("telnet", "shell", "login", "exec", "tftp", "ftp", "rsh", "rlogin", "rexec",
            "talk", "ntalk", "chargen", "daytime", "echo", "discard", "time", "chargen-dgram", "chargen-stream", "daytime-dgram",
            "daytime-stream", "echo-dgram", "echo-stream", "discard-dgram", "discard-stream", "time-dgram", "time-stream");

    /** TFTP is UDP; the other daemons listed with ports are TCP. */
    private static boolean matchesProtocol(Program p, ListeningSocket s) {
        boolean udp = s.protocol().startsWith("udp");
        return p.ports().contains(69) == udp;
    }

    static String describe(ListeningSocket s) {
        String address = s.address().contains(":") ? "[" + s.address() + "]" : s.address();
        return s.protocol() + " " + address + ":" + s.port() + (s.process() != null ? " (" + s.process() + ", pid " + s.pid() + ")" : " (process not visible)");
    }
}
