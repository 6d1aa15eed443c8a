package dev.bulwark.source.host.firewall;

import dev.bulwark.source.host.HostContext;
import dev.bulwark.source.host.HostText;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * firewalld's inbound default: the default zone ({@code DefaultZone=} in {@code /etc/firewalld/firewalld.conf},
 * {@code public} when unset) and that zone's file, {@code /etc/firewalld/zones/ZONE.xml} when the administrator
 * wrote one, else the shipped {@code /usr/lib/firewalld/zones/ZONE.xml}. The zone's {@code target} decides what
 * happens to traffic no rule of the zone allows: {@code default} (rejected), {@code %%REJECT%%}, {@code REJECT}
 * and {@code DROP} deny it, {@code ACCEPT} lets it in. Only the default zone is judged: interfaces bound to
 * other zones are configured per connection, outside these files.
 */
final class FirewalldZones {
    static final String CONF = "/etc/firewalld/firewalld.conf";
    static final List<String> ZONE_DIRS = List.of("/etc/firewalld/zones", "/usr/lib/firewalld/zones");
    private static final XMLInputFactory XML = factory();

    private FirewalldZones() {}

    /** One zone file as read: its target (as written, {@code default} when absent) and what it allows. */
    record Zone(String name, String target, int targetLine, List<String> services, List<String> ports, HostText file) {
        boolean denies() {
            return !target.equalsIgnoreCase("ACCEPT");
        }

        /** "ACCEPT (firewalld zone trusted)", "default (firewalld zone public, allows ssh, 8443/tcp)". */
        String describe() {
            List<String> allowed = new ArrayList<>(services);
            allowed.addAll(ports);
            return target + " (firewalld zone " + name + (allowed.isEmpty() ? "" : ", allows " + String.join(", ", allowed)) + ")";
        }
    }

    /** True when firewalld is installed or configured in this root (its configuration or its shipped zones). */
    static boolean present(HostContext context) {
        return context.root().isFile(CONF) || context.root().isDirectory(ZONE_DIRS.get(1));
    }

    /** The default zone's name and the file and line that name it (none when firewalld.conf does not set it). */
    record DefaultZone(String name, HostText conf, int line) {}

    static DefaultZone defaultZone(HostContext context) {
        Optional<HostText> conf = context.read(CONF);
        if (conf.isPresent()) {
            List<String> lines = conf.get().lines();
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.startsWith("DefaultZone=") && l.length() > "DefaultZone=".length()) {
                    return new DefaultZone(l.substring("DefaultZone=".length()).strip(), conf.get(), i + 1);
                }
            }
        }
        return new DefaultZone("public", conf.orElse(null), 0);
    }

    /** The zone's file, the administrator's copy first; empty when neither exists or it cannot be read. */
    static Optional<Zone> zone(HostContext context, String name) {
        if (!name.matches("[A-Za-z0-9_.-]+")) return Optional.empty();
        for (String dir : ZONE_DIRS) {
            Optional<HostText> text = context.read(dir + "/" + name + ".xml");
            if (text.isPresent()) return parse(context, name, text.get());
        }
        return Optional.empty();
    }

    /** The zone element's target, services and ports; a malformed file is an error diagnostic with its line. */
    static Optional<Zone> parse(HostContext context, String name, HostText text) {
        try {
            return Optional.of(parse(name, text));
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            context.error(text.at(line), text.path() + ":" + line + ": not a firewalld zone file: " + firstLine(e.getMessage()));
            return Optional.empty();
        }
    }

    static Zone parse(String name, HostText text) throws XMLStreamException {
        XMLStreamReader r = XML.createXMLStreamReader(new StringReader(String.join("\n", text.lines())));
        try {
            String target = null;
            int targetLine = 1;
            boolean sawZone = false;
            List<String> services = new ArrayList<>();
            List<String> ports = new ArrayList<>();
            int depth = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT) depth--;
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                depth++;
                String element = r.getLocalName();
                if (depth == 1) {
                    if (!element.equals("zone")) throw new XMLStreamException("the root element is <" + element + ">, not <zone>", r.getLocation());
                    sawZone = true;
                    target = r.getAttributeValue(null, "target");
                    targetLine = r.getLocation().getLineNumber();
                } else if (depth == 2 && element.equals("service")) {
                    String s = r.getAttributeValue(null, "name");
                    if (s != null) services.add(s);
                } else if (depth == 2 && element.equals("port")) {
                    String port = r.getAttributeValue(null, "port");
                    String protocol = r.getAttributeValue(null, "protocol");
                    if (port != null) ports.add(port + (protocol != null ? "/" + protocol.toLowerCase(Locale.ROOT) : ""));
                }
            }
            if (!sawZone) throw new XMLStreamException("no <zone> element");
            return new Zone(name, target == null || target.isBlank() ? "default" : target.strip(), targetLine, services, ports, text);
        } finally {
            r.close();
        }
    }

    private static String firstLine(String message) {
        if (message == null) return "malformed XML";
        String m = message.contains("Message: ") ? message.substring(message.indexOf("Message: ") + 9) : message;
        return m.lines().findFirst().orElse(m).strip();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
