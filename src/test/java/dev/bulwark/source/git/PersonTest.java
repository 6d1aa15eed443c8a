package dev.bulwark.source.git;

import dev.bulwark.model.change.Person;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonTest {
    private static final Person ALICE = new Person("Alice Admin", "alice@example.com");

    @Test
    void parsesTheFormsTrailersUse() {
        assertThat(Person.parse("Bob Reviewer <bob@example.com>")).isEqualTo(new Person("Bob Reviewer", "bob@example.com"));
        assertThat(Person.parse("<bob@example.com>")).isEqualTo(new Person("", "bob@example.com"));
        assertThat(Person.parse("  Bob Reviewer  ")).isEqualTo(new Person("Bob Reviewer", null));
        assertThat(Person.parse("Bob <bob@example.com>").toString()).isEqualTo("Bob <bob@example.com>");
    }

    @Test
    void comparesByEmailWhenGivenElseByName() {
        assertThat(Person.parse("Somebody Else <ALICE@example.com>").isSamePersonAs(ALICE)).isTrue();
        assertThat(Person.parse("Alice Admin <alice@home.example>").isSamePersonAs(ALICE)).isFalse();
        assertThat(Person.parse("alice   admin").isSamePersonAs(ALICE)).isTrue();
        assertThat(Person.parse("Alice").isSamePersonAs(ALICE)).isFalse();
        assertThat(Person.parse("<bob@example.com>").isSamePersonAs(new Person("Bob", null))).isFalse();
    }
}
