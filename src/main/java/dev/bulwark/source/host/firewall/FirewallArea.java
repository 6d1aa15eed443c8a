package dev.bulwark.source.host.firewall;

import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.host.HostArea;
import dev.bulwark.source.host.HostContext;
import dev.bulwark.source.host.HostFacts;
import dev.bulwark.source.host.HostText;
import dev.bulwark.source.host.conf.ConfigFiles;
import dev.bulwark.source.host.services.EnabledUnitsReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host firewall's inbound default ({@code host_firewall}, {@code host:firewall}), read from the
 * ruleset the system loads at boot, not from which packages are installed: the nftables ruleset
 * ({@code /etc/nftables.conf} on Debian, {@code /etc/sysconfig/nftables.conf} on the RHEL family, with
 * their {@code include}s) and iptables-save files ({@code /etc/iptables/rules.v4},
 * {@code /etc/sysconfig/iptables}), and an enabled firewalld's default zone ({@link FirewalldZones}). Inbound traffic is denied by default when a chain on the input
 * hook has {@code policy drop}, or its last rule drops or rejects everything; for iptables, when
 * {@code :INPUT DROP} or a final {@code -A INPUT -j DROP|REJECT} without conditions.
 *
 * <p>Attributes: {@code configured} (a ruleset file was found), {@code rulesets} (the files read),
 * {@code input_default_deny}, and {@code input_policy} with where it is written; {@code firewalld} (absent, enabled, or
 * installed, not enabled) and {@code firewalld_default_zone}.
 */
public final class FirewallArea implements HostArea {
    /** Debian, the RHEL family, Alpine (its nftables OpenRC service loads /etc/nftables.nft). */
    static final List<String> NFTABLES = List.of("/etc/nftables.conf", "/etc/sysconfig/nftables.conf", "/etc/nftables.nft");
    static final String FIREWALLD_UNIT = "firewalld.service";
    /** Debian's iptables-persistent, the RHEL family's iptables-services, Alpine's iptables OpenRC service. */
    static final List<String> IPTABLES = List.of("/etc/iptables/rules.v4", "/etc/sysconfig/iptables", "/etc/iptables/rules-save");
    private static final Pattern INCLUDE = Pattern.compile("^\\s*include\\s+\"([^\"]+)\"");
    private static final Pattern CHAIN = Pattern.compile("^\\s*chain\\s+\\S+\\s*\\{");
    /** The base chain's declaration ({@code type filter hook input priority 0;}), which is no rule. */
    private static final Pattern CHAIN_TYPE = Pattern.compile("^\\s*type\\s+\\S+\\s+hook\\b");
    private static final Pattern INPUT_HOOK = Pattern.compile("\\bhook\\s+input\\b");
    private static final Pattern POLICY = Pattern.compile("\\bpolicy\\s+(accept|drop)\\b");
    private static final Pattern LAST_DENY = Pattern.compile("^\\s*(counter\\s+)?(drop|reject)(\\s+with\\s+.*)?\\s*;?\\s*$");
    private static final Pattern IPT_POLICY = Pattern.compile("^:INPUT\\s+(ACCEPT|DROP)\\b");
    private static final Pattern IPT_FINAL_DENY = Pattern.compile("^-A\\s+INPUT\\s+-j\\s+(DROP|REJECT)(\\s+--reject-with\\s+\\S+)?\\s*$");

    /** What one ruleset says about inbound traffic. */
    record Verdict(boolean deny, String policy, SourceLocation at) {}

    @Override
    public String name() {
        return "firewall";
    }

    @Override
    public void collect(HostContext context) {
        List<String> read = new ArrayList<>();
        Verdict best = null;
        boolean firewalld = FirewalldZones.present(context);
        boolean firewalldEnabled = firewalld && EnabledUnitsReader.read(new ConfigFiles(context)).stream()
                .anyMatch(u -> u.name().equals(FIREWALLD_UNIT));
        String defaultZone = null;
        if (firewalldEnabled) {
            FirewalldZones.DefaultZone zone = FirewalldZones.defaultZone(context);
            defaultZone = zone.name();
            Optional<FirewalldZones.Zone> z = FirewalldZones.zone(context, zone.name());
            if (z.isPresent()) {
                read.add(z.get().file().path());
                best = new Verdict(z.get().denies(), z.get().describe(), z.get().file().at(z.get().targetLine()));
            } else if (!FirewalldZones.ZONE_DIRS.stream().anyMatch(d -> context.wasUnreadable(d + "/" + zone.name() + ".xml"))) {
                context.warning(zone.conf() != null ? zone.conf().at(Math.max(1, zone.line())) : dev.bulwark.model.SourceLocation.ofFile(FirewalldZones.CONF),
                        "firewalld's default zone " + zone.name() + " has no zone file in /etc/firewalld/zones or /usr/lib/firewalld/zones");
            }
        }
        for (String file : NFTABLES) {
            List<HostText> texts = new ArrayList<>();
            nftables(context, file, texts, 0);
            if (texts.isEmpty()) continue;
            texts.forEach(t -> read.add(t.path()));
            best = better(best, nftablesVerdict(texts));
        }
        for (String file : IPTABLES) {
            Optional<HostText> text = context.read(file);
            if (text.isEmpty()) continue;
            read.add(file);
            best = better(best, iptablesVerdict(text.get()));
        }
        SourceLocation location = read.isEmpty() ? SourceLocation.ofFile(NFTABLES.get(0)) : SourceLocation.ofFile(read.get(0));
        HostFacts facts = context.facts("host_firewall", "host:firewall", "firewall", location);
        facts.put("configured", !read.isEmpty(), null).put("rulesets", read, null);
        facts.put("firewalld", firewalld ? (firewalldEnabled ? "enabled" : "installed, not enabled") : "absent", null);
        if (defaultZone != null) facts.put("firewalld_default_zone", defaultZone, null);
        facts.put("input_default_deny", best != null && best.deny(), best == null ? null : best.at());
        if (best != null) facts.put("input_policy", best.policy(), best.at());
        context.add(facts);
    }

    private static Verdict better(Verdict a, Verdict b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.deny() && !a.deny() ? b : a;
    }

    /** The file and, in order, the files it includes (globs allowed; relative names from /etc). */
    private static void nftables(HostContext context, String file, List<HostText> out, int depth) {
        if (depth > 16) return;
        Optional<HostText> text = context.read(file);
        if (text.isEmpty()) return;
        out.add(text.get());
        for (String line : text.get().lines()) {
            Matcher m = INCLUDE.matcher(line);
            if (!m.find()) continue;
            String target = m.group(1).startsWith("/") ? m.group(1) : "/etc/" + m.group(1);
            List<String> matches = target.contains("*") ? context.glob(target) : List.of(target);
            for (String included : matches) nftables(context, included, out, depth + 1);
        }
    }

    /** Input-hook chains: their policy, or a final rule that drops everything. */
    static Verdict nftablesVerdict(List<HostText> texts) {
        Verdict found = null;
        for (HostText t : texts) {
            List<String> lines = t.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (!CHAIN.matcher(lines.get(i)).find()) continue;
                int depth = 0;
                boolean input = false;
                String policy = null;
                int policyLine = i + 1;
                String lastStatement = null;
                int end = i;
                for (int j = i; j < lines.size(); j++) {
                    String line = stripComment(lines.get(j));
                    for (char c : line.toCharArray()) {
                        if (c == '{') depth++;
                        else if (c == '}') depth--;
                    }
                    if (INPUT_HOOK.matcher(line).find()) input = true;
                    Matcher p = POLICY.matcher(line);
                    if (p.find()) {
                        policy = p.group(1);
                        policyLine = j + 1;
                    } else if (j > i && !line.isBlank() && !line.strip().equals("}") && !CHAIN_TYPE.matcher(line).find()) {
                        lastStatement = line.replace("}", "");
                    }
                    end = j;
                    if (depth <= 0 && j > i) break;
                }
                if (!input) continue;
                boolean deny = "drop".equals(policy) || (lastStatement != null && LAST_DENY.matcher(lastStatement).matches());
                Verdict v = new Verdict(deny, policy == null ? "accept" : policy, t.at(policyLine));
                found = better(found, v);
                i = end;
            }
        }
        return found;
    }

    /** The filter table's INPUT chain: its policy, or a last rule that drops or rejects everything. */
    static Verdict iptablesVerdict(HostText t) {
        String policy = null;
        int policyLine = 1;
        boolean finalDeny = false;
        boolean filter = false;
        for (int n = 1; n <= t.lines().size(); n++) {
            String line = t.line(n).strip();
            if (line.startsWith("*")) filter = line.equals("*filter");
            if (!filter) continue;
            Matcher p = IPT_POLICY.matcher(line);
            if (p.find()) {
                policy = p.group(1).toLowerCase(java.util.Locale.ROOT);
                policyLine = n;
            } else if (line.startsWith("-A INPUT")) {
                finalDeny = IPT_FINAL_DENY.matcher(line).matches();
            }
        }
        if (policy == null && !finalDeny) return null;
        return new Verdict("drop".equals(policy) || finalDeny, policy == null ? "accept" : policy, t.at(policyLine));
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }
}
