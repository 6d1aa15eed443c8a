package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;
import dev.bulwark.rule.ResourceLogic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An inbound aws_network_acl_rule does not let the internet reach SSH (22) or RDP (3389). The finding
 * belongs to the rule that opens the port. A deny rule of the same ACL with a lower rule number that
 * covers the port for the same address family comes first, so it closes the port again; the same ACL is
 * the ACL resource both refer to, or the same literal network_acl_id. An allow for the return-traffic
 * range (from 1024 or higher up to 65535) is not counted as opening RDP.
 */
public final class NetworkAclRuleAdminPorts implements ResourceLogic {
    private static final String TYPE = "aws_network_acl_rule";
    private static final List<Integer> PORTS = List.of(22, 3389);

    @Override
    public Set<String> resourceTypes() {
        return Set.of(TYPE);
    }

    /** A tri-state answer: the value, or the unknown value it depends on. */
    private record Answer(Boolean value, String path, Value.Unknown unknown) {
        static Answer of(boolean v) {
            return new Answer(v, null, null);
        }

        static Answer unknown(String path, Value.Unknown u) {
            return new Answer(null, path, u);
        }
    }

    @Override
    public Outcome evaluate(Resource rule, RuleContext context) {
        Answer egress = flag(rule, "egress");
        if (egress.value() == null) return undecided(rule, egress, "egress");
        if (egress.value()) return Outcome.notApplicable(rule.address() + " is an outbound (egress) rule");

        Answer allows = matches(rule, "rule_action", "allow");
        if (allows.value() == null) return undecided(rule, allows, "rule_action");
        if (!allows.value()) return Outcome.pass(rule.address() + " denies traffic");
        String world = world(rule);
        if (world == null) {
            Answer cidr = worldUnknown(rule);
            if (cidr != null) return undecided(rule, cidr, "cidr_block");
            return Outcome.pass(rule.address() + " allows only " + source(rule) + ", not the whole internet");
        }
        String blockedBy = null;
        for (int port : PORTS) {
            Answer opens = covers(rule, port, true);
            if (opens.value() == null) return undecided(rule, opens, "from_port");
            if (!opens.value()) continue;
            Resource firstDeny = null;
            Answer shadowed = Answer.of(false);
            for (Resource deny : siblings(rule, context)) {
                Answer d = shadows(deny, rule, world, port);
                if (Boolean.TRUE.equals(d.value())) {
                    shadowed = d;
                    firstDeny = deny;
                    break;
                }
                if (d.value() == null && shadowed.value() != null) shadowed = d;
            }
            if (shadowed.value() == null) return undecided(rule, shadowed, "rule_number");
            if (!shadowed.value()) {
                return Outcome.fail("ingress rule " + text(rule.attribute("rule_number")) + " allows " + world + " " + what(rule, port)
                        + " in " + rule.address() + ", reaching " + (port == 22 ? "SSH (22)" : "RDP (3389)")
                        + aclOf(rule, context), "0.0.0.0/0".equals(world) ? "cidr_block" : "ipv6_cidr_block");
            }
            if (blockedBy == null) blockedBy = firstDeny.address();
        }
        return Outcome.pass(rule.address() + " allows " + world + " " + what(rule, 0)
                + (blockedBy == null ? ", which reaches neither SSH (22) nor RDP (3389)" : ", but lower-numbered deny rules of its ACL (" + blockedBy + " first) block the SSH and RDP it covers"));
    }

    /** UNKNOWN naming the value it depends on; the rule's own attributes by name alone. */
    private static Outcome undecided(Resource rule, Answer a, String attribute) {
        String path = a.path().startsWith(rule.address() + ".") ? a.path().substring(rule.address().length() + 1) : a.path();
        return Outcome.unknown("cannot decide: " + path + " is unknown (" + a.unknown().describe() + ")", attribute);
    }

    /** Other rules of the same ACL: referring to the same ACL resource, or naming the same literal network_acl_id. */
    private static List<Resource> siblings(Resource rule, RuleContext context) {
        List<Resource> out = new ArrayList<>();
        List<Resource> acls = new ArrayList<>(context.referenced(rule, "aws_network_acl"));
        acls.addAll(context.referenced(rule, "aws_default_network_acl"));
        if (!acls.isEmpty()) {
            for (Resource acl : acls) {
                for (Resource r : context.referrers(acl, TYPE)) if (r != rule && !out.contains(r)) out.add(r);
            }
        } else if (rule.attribute("network_acl_id") instanceof Value.Str id) {
            for (Resource r : context.sameRoot(rule, TYPE)) {
                if (r != rule && r.attribute("network_acl_id") instanceof Value.Str other && other.value().equals(id.value())) out.add(r);
            }
        }
        return out;
    }

    private static String aclOf(Resource rule, RuleContext context) {
        List<Resource> acls = new ArrayList<>(context.referenced(rule, "aws_network_acl"));
        acls.addAll(context.referenced(rule, "aws_default_network_acl"));
        return acls.isEmpty() ? "" : " through " + acls.get(0).address();
    }

    /** Whether {@code deny} is an inbound deny that comes before {@code allow} and blocks {@code port} from the same whole-internet source. */
    private static Answer shadows(Resource deny, Resource allow, String world, int port) {
        Answer egress = flag(deny, "egress");
        if (!Boolean.FALSE.equals(egress.value())) return egress.value() == null ? egress : Answer.of(false);
        Answer denies = matches(deny, "rule_action", "deny");
        if (!Boolean.TRUE.equals(denies.value())) return denies;
        Answer sameSource = matches(deny, "0.0.0.0/0".equals(world) ? "cidr_block" : "ipv6_cidr_block", world);
        if (!Boolean.TRUE.equals(sameSource.value())) return sameSource;
        Value mine = allow.attribute("rule_number");
        Value theirs = deny.attribute("rule_number");
        if (theirs instanceof Value.Unknown u) return Answer.unknown(deny.address() + ".rule_number", u);
        if (mine instanceof Value.Unknown u) return Answer.unknown(allow.address() + ".rule_number", u);
        BigDecimal a = number(mine);
        BigDecimal d = number(theirs);
        if (a == null || d == null || d.compareTo(a) >= 0) return Answer.of(false);
        return covers(deny, port, false);
    }

    /** Whether the rule's protocol and ports take in {@code port}; for an allow, the return-traffic range does not count. */
    private static Answer covers(Resource rule, int port, boolean allow) {
        Value protocol = rule.attribute("protocol");
        if (protocol instanceof Value.Unknown u) return Answer.unknown(rule.address() + ".protocol", u);
        String p = text(protocol).toLowerCase();
        if (p.equals("-1") || p.equals("all")) return Answer.of(true);
        if (!List.of("tcp", "udp", "6", "17").contains(p)) return Answer.of(false);
        Value from = rule.attribute("from_port");
        Value to = rule.attribute("to_port");
        if (from instanceof Value.Unknown u) return Answer.unknown(rule.address() + ".from_port", u);
        if (to instanceof Value.Unknown u) return Answer.unknown(rule.address() + ".to_port", u);
        BigDecimal f = number(from);
        BigDecimal t = number(to);
        if (f == null || t == null) return Answer.of(false);
        boolean inRange = f.intValue() <= port && t.intValue() >= port;
        boolean returnRange = f.intValue() >= 1024 && t.intValue() == 65535;
        return Answer.of(inRange && !(allow && returnRange));
    }

    /** "0.0.0.0/0" or "::/0" when the rule's source is the whole internet, else null. */
    private static String world(Resource rule) {
        if (rule.attribute("cidr_block") instanceof Value.Str s && "0.0.0.0/0".equals(s.value())) return "0.0.0.0/0";
        if (rule.attribute("ipv6_cidr_block") instanceof Value.Str s && "::/0".equals(s.value())) return "::/0";
        return null;
    }

    private static Answer worldUnknown(Resource rule) {
        if (rule.attribute("cidr_block") instanceof Value.Unknown u) return Answer.unknown("cidr_block", u);
        if (rule.attribute("ipv6_cidr_block") instanceof Value.Unknown u) return Answer.unknown("ipv6_cidr_block", u);
        return null;
    }

    private static String source(Resource rule) {
        Value v4 = rule.attribute("cidr_block");
        return v4 instanceof Value.Str s ? s.value() : text(rule.attribute("ipv6_cidr_block"));
    }

    private static String what(Resource rule, int port) {
        String p = text(rule.attribute("protocol")).toLowerCase();
        if (p.equals("-1") || p.equals("all")) return "all traffic";
        String name = p.equals("6") ? "tcp" : p.equals("17") ? "udp" : p;
        String from = text(rule.attribute("from_port"));
        String to = text(rule.attribute("to_port"));
        return from.equals(to) ? name + " port " + from : name + " ports " + from + "-" + to + (port > 0 ? ", including port " + port : "");
    }

    private static Answer flag(Resource rule, String attribute) {
        Value v = rule.attribute(attribute);
        if (v instanceof Value.Unknown u) return Answer.unknown(rule.address() + "." + attribute, u);
        return Answer.of(Flags.isTrue(v));
    }

    private static Answer matches(Resource rule, String attribute, String expected) {
        Value v = rule.attribute(attribute);
        if (v instanceof Value.Unknown u) return Answer.unknown(rule.address() + "." + attribute, u);
        return Answer.of(v instanceof Value.Str s && s.value().equalsIgnoreCase(expected));
    }

    private static BigDecimal number(Value v) {
        if (v instanceof Value.Num n) return n.value();
        if (v instanceof Value.Str s) {
            try {
                return new BigDecimal(s.value().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String text(Value v) {
        if (v == null || v instanceof Value.Null) return "(unset)";
        if (v instanceof Value.Str s) return s.value();
        if (v instanceof Value.Num n) return n.value().stripTrailingZeros().toPlainString();
        if (v instanceof Value.Bool b) return String.valueOf(b.value());
        return v.typeName();
    }
}
