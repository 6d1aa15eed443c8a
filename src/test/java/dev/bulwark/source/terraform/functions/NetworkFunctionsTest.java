package dev.bulwark.source.terraform.functions;

import static dev.bulwark.source.terraform.functions.V.UNKNOWN;
import static dev.bulwark.source.terraform.functions.V.call;
import static dev.bulwark.source.terraform.functions.V.error;
import static dev.bulwark.source.terraform.functions.V.n;
import static dev.bulwark.source.terraform.functions.V.s;
import static dev.bulwark.source.terraform.functions.V.strs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkFunctionsTest {
    @ParameterizedTest(name = "cidrhost({0}, {1}) = {2}")
    @CsvSource({
        "10.12.112.0/20, 16, 10.12.112.16",
        "10.12.112.0/20, 268, 10.12.113.12",
        "fd00:fd12:3456:7890:00a2::/72, 34, fd00:fd12:3456:7890::22",
        "10.0.0.0/24, -1, 10.0.0.255",
        "10.0.0.0/24, -256, 10.0.0.0",
        "10.0.0.5/24, 0, 10.0.0.0",
        "010.001.0.0/16, 1, 10.1.0.1",
        "::/0, 1, ::1",
        "2001:db8::/64, 0, 2001:db8::",
        "2001:db8:0:0:1::/80, 1, 2001:db8::1:0:0:1",
        "::ffff:0:0/96, 16843009, 1.1.1.1",
    })
    void cidrhost(String prefix, String host, String expected) throws Exception {
        assertThat(call("cidrhost", s(prefix), n(host))).isEqualTo(s(expected));
    }

    @ParameterizedTest(name = "cidrnetmask({0}) = {1}")
    @CsvSource({
        "172.16.0.0/12, 255.240.0.0",
        "10.0.0.0/32, 255.255.255.255",
        "0.0.0.0/0, 0.0.0.0",
        "192.168.1.0/23, 255.255.254.0",
    })
    void cidrnetmask(String prefix, String expected) throws Exception {
        assertThat(call("cidrnetmask", s(prefix))).isEqualTo(s(expected));
    }

    @ParameterizedTest(name = "cidrsubnet({0}, {1}, {2}) = {3}")
    @CsvSource({
        "172.16.0.0/12, 4, 2, 172.18.0.0/16",
        "10.1.2.0/24, 4, 15, 10.1.2.240/28",
        "fd00:fd12:3456:7890::/56, 16, 162, fd00:fd12:3456:7800:a200::/72",
        "10.0.0.0/8, 0, 0, 10.0.0.0/8",
        "10.1.2.3/16, 8, 2, 10.1.2.0/24",
    })
    void cidrsubnet(String prefix, int newBits, String number, String expected) throws Exception {
        assertThat(call("cidrsubnet", s(prefix), n(newBits), n(number))).isEqualTo(s(expected));
    }

    @Test
    void cidrsubnetsPacksAlignedSubnets() throws Exception {
        assertThat(call("cidrsubnets", s("10.1.0.0/16"), n(4), n(4), n(8), n(4)))
                .isEqualTo(strs("10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20"));
        assertThat(call("cidrsubnets", s("fd00:fd12:3456:7890::/56"), n(16), n(16), n(16), n(32)))
                .isEqualTo(strs("fd00:fd12:3456:7800::/72", "fd00:fd12:3456:7800:100::/72", "fd00:fd12:3456:7800:200::/72",
                        "fd00:fd12:3456:7800:300::/88"));
        assertThat(call("cidrsubnets", s("10.0.0.0/24"), n(1), n(1))).isEqualTo(strs("10.0.0.0/25", "10.0.0.128/25"));
        assertThat(call("cidrsubnets", s("10.0.0.0/24"))).isEqualTo(strs());
    }

    @Test
    void rejectsBadPrefixesAndNumbers() {
        assertThat(error("cidrhost", s("10.0.0.0"), n(1))).isEqualTo("cidrhost: invalid CIDR expression: invalid CIDR address: 10.0.0.0");
        assertThat(error("cidrhost", s("10.0.0.256/8"), n(1))).isEqualTo("cidrhost: invalid CIDR expression: invalid CIDR address: 10.0.0.256/8");
        assertThat(error("cidrhost", s("10.0.0.0/33"), n(1))).isEqualTo("cidrhost: invalid CIDR expression: invalid CIDR address: 10.0.0.0/33");
        assertThat(error("cidrhost", s("example.com/8"), n(1))).isEqualTo("cidrhost: invalid CIDR expression: invalid CIDR address: example.com/8");
        assertThat(error("cidrhost", s("1:2:3::4::5/64"), n(1))).startsWith("cidrhost: invalid CIDR expression");
        assertThat(error("cidrhost", s("10.0.0.0/24"), n(256))).isEqualTo("cidrhost: prefix of 24 does not accommodate a host numbered 256");
        assertThat(error("cidrhost", s("10.0.0.0/24"), n(-257))).isEqualTo("cidrhost: prefix of 24 does not accommodate a host numbered -257");
        assertThat(error("cidrnetmask", s("fd00::/8"))).isEqualTo("cidrnetmask: IPv6 addresses cannot have a netmask: fd00::/8");
        assertThat(error("cidrsubnet", s("10.0.0.0/30"), n(4), n(0))).isEqualTo("cidrsubnet: insufficient address space to extend prefix of 30 by 4");
        assertThat(error("cidrsubnet", s("10.0.0.0/16"), n(2), n(4))).isEqualTo("cidrsubnet: prefix extension of 2 does not accommodate a subnet numbered 4");
        assertThat(error("cidrsubnet", s("::/0"), n(33), n(0))).isEqualTo("cidrsubnet: may not extend prefix by more than 32 bits");
        assertThat(error("cidrsubnets", s("10.0.0.0/24"), n(1), n(1), n(1)))
                .isEqualTo("cidrsubnets: argument 4 not enough remaining address space for a subnet with a prefix of 25 bits after 10.0.0.128/25");
        assertThat(error("cidrsubnets", s("10.0.0.0/30"), n(3))).isEqualTo("cidrsubnets: argument 2 would extend prefix to 33 bits, which is too long for an IPv4 address");
        assertThat(error("cidrsubnets", s("10.0.0.0/16"), n(0))).isEqualTo("cidrsubnets: argument 2 must extend prefix by at least one bit");
    }

    @Test
    void unknownInputsGiveUnknownResults() throws Exception {
        assertThat(call("cidrsubnet", UNKNOWN, n(8), n(1))).isSameAs(UNKNOWN);
        assertThat(call("cidrhost", s("10.0.0.0/8"), UNKNOWN)).isSameAs(UNKNOWN);
    }
}
