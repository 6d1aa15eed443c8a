package dev.bulwark.source.host.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.source.host.HostText;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the inbound default is read from a ruleset's text, nftables and iptables-save forms. */
class FirewallRulesetsTest {
    private static HostText text(String path, String body) {
        return new HostText(path, List.of(body.split("\n", -1)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "policy drop on the input hook | chain input { type filter hook input priority 0; policy drop; }| true | 1",
            "policy accept | chain input {\\n type filter hook input priority 0; policy accept;\\n tcp dport 22 accept\\n}| false | 2",
            "no policy, last rule drops | chain input {\\n type filter hook input priority 0;\\n iif lo accept\\n counter drop\\n}| true | 1",
            "last rule rejects with a reason | chain input {\\n type filter hook input priority 0;\\n reject with icmpx type admin-prohibited\\n}| true | 1",
            "a conditional drop is no default | chain input {\\n type filter hook input priority 0;\\n ip saddr 10.0.0.0/8 drop\\n}| false | 1",
            "policy drop only in a comment | chain input {\\n type filter hook input priority 0; # policy drop;\\n}| false | 1",
            "drop on the forward hook only | chain fwd { type filter hook forward priority 0; policy drop; }| null | 0",
    })
    void nftables(String name, String body, String deny, int policyLine) {
        FirewallArea.Verdict v = FirewallArea.nftablesVerdict(List.of(text("/etc/nftables.conf", body.replace("\\n", "\n"))));
        if (deny.equals("null")) {
            assertThat(v).isNull();
            return;
        }
        assertThat(v.deny()).isEqualTo(Boolean.parseBoolean(deny));
        assertThat(v.at().startLine()).isEqualTo(policyLine);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "INPUT policy DROP | *filter\\n:INPUT DROP [0:0]\\n:OUTPUT ACCEPT [0:0]\\nCOMMIT | true",
            "ACCEPT with a final unconditional REJECT | *filter\\n:INPUT ACCEPT [0:0]\\n-A INPUT -i lo -j ACCEPT\\n-A INPUT -j REJECT --reject-with icmp-host-prohibited\\nCOMMIT | true",
            "ACCEPT with a final conditional DROP | *filter\\n:INPUT ACCEPT [0:0]\\n-A INPUT -s 192.0.2.1 -j DROP\\nCOMMIT | false",
            "DROP in the nat table does not count | *nat\\n:INPUT DROP [0:0]\\nCOMMIT\\n*filter\\n:INPUT ACCEPT [0:0]\\nCOMMIT | false",
    })
    void iptablesSave(String name, String body, boolean deny) {
        FirewallArea.Verdict v = FirewallArea.iptablesVerdict(text("/etc/sysconfig/iptables", body.replace("\\n", "\n")));
        assertThat(v.deny()).isEqualTo(deny);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no target: firewalld's default, which rejects | <zone>\\n  <service name=\"ssh\"/>\\n</zone> | default | true | 1 | ssh",
            "DROP with a port | <?xml version=\"1.0\"?>\\n<zone target=\"DROP\">\\n  <port protocol=\"TCP\" port=\"8443\"/>\\n</zone> | DROP | true | 2 | 8443/tcp",
            "REJECT as firewalld writes it | <zone target=\"%%REJECT%%\"/> | %%REJECT%% | true | 1 | ''",
            "ACCEPT lets everything in | <zone target=\"ACCEPT\">\\n  <service name=\"ssh\"/>\\n</zone> | ACCEPT | false | 1 | ssh",
            "a service nested deeper is no zone service | <zone target=\"ACCEPT\">\\n  <rule><service name=\"http\"/></rule>\\n</zone> | ACCEPT | false | 1 | ''",
    })
    void firewalldZones(String name, String xml, String target, boolean deny, int line, String allowed) throws Exception {
        FirewalldZones.Zone z = FirewalldZones.parse("public", text("/etc/firewalld/zones/public.xml", xml.replace("\\n", "\n")));
        assertThat(z.target()).isEqualTo(target);
        assertThat(z.denies()).isEqualTo(deny);
        assertThat(z.targetLine()).isEqualTo(line);
        List<String> all = new java.util.ArrayList<>(z.services());
        all.addAll(z.ports());
        assertThat(String.join(",", all)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not XML | DefaultZone=public",
            "another root element | <service><short>SSH</short></service>",
            "an external entity is refused | <!DOCTYPE zone [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><zone target=\"&x;\"/>",
    })
    void malformedZoneFilesAreRefused(String name, String xml) {
        assertThatThrownBy(() -> FirewalldZones.parse("public", text("/etc/firewalld/zones/public.xml", xml)))
                .isInstanceOf(javax.xml.stream.XMLStreamException.class);
    }
}
