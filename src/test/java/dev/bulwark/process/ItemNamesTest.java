package dev.bulwark.process;

import dev.bulwark.finding.Finding;
import dev.bulwark.finding.Item;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.rule.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ItemNamesTest {
    private static Finding on(String address, Item item) {
        return new Finding(null, Status.FAIL, address, "export:x", SourceLocation.ofFile("f"), null, "m", null, item);
    }

    @Test
    void namesFiveThenCountsTheRest() {
        List<Finding> users = IntStream.rangeClosed(1, 8).mapToObj(i -> on("iam-user:u" + i, null)).toList();
        assertThat(ItemNames.of(users)).isEqualTo("u1, u2, u3, u4, u5 and 3 more");
        assertThat(ItemNames.of(users.subList(0, 5))).isEqualTo("u1, u2, u3, u4 and u5");
        assertThat(ItemNames.of(users.subList(0, 1))).isEqualTo("u1");
    }

    @Test
    void namesAnItemOnceWhenSeveralRulesFailOnIt() {
        assertThat(ItemNames.of(List.of(on("iam-user:bob", null), on("iam-user:bob", null), on("idp-account:carol", null))))
                .isEqualTo("bob and carol");
    }

    @Test
    void vulnerabilitiesInOneTargetNameItOnceAndInSeveralEachTime() {
        Finding a = on("target:api:1", Item.vulnerability("CVE-1", "openssl", "3.0", "HIGH", "api:1"));
        Finding b = on("target:api:1", Item.vulnerability("CVE-2", "zlib", "1.2", "HIGH", "api:1"));
        Finding c = on("target:web:2", Item.vulnerability("CVE-1", "openssl", "3.0", "HIGH", "web:2"));
        assertThat(ItemNames.of(List.of(a, b))).isEqualTo("CVE-1 in openssl and CVE-2 in zlib (all on api:1)");
        assertThat(ItemNames.of(List.of(a))).isEqualTo("CVE-1 in openssl on api:1");
        assertThat(ItemNames.of(List.of(a, c))).isEqualTo("CVE-1 in openssl on api:1 and CVE-1 in openssl on web:2");
    }

    @Test
    void commitsAreNamedWithTheirAuthorsName() {
        Finding f = on("commit abc1234", Item.commit("abc1234", "Alice <alice@example.com>", "direct change"));
        assertThat(ItemNames.of(List.of(f))).isEqualTo("abc1234 by Alice");
        assertThat(Item.of(f).detail()).containsEntry("author", "Alice <alice@example.com>");
    }
}
