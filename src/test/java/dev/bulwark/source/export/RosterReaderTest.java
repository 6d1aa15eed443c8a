package dev.bulwark.source.export;

import dev.bulwark.model.export.AccountStatus;
import dev.bulwark.model.export.Roster;
import dev.bulwark.model.export.RosterAccount;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.bulwark.source.export.ExportFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RosterReaderTest {
    static final String HEADER = "user,email,roles,admin,mfa,status,last_login";
    private final RosterReader reader = new RosterReader();

    @Test
    void readsAccountsRolesStatusesAndTimes() {
        Roster r = ExportFixtures.read(reader, "roster.csv");
        assertThat(r.accounts()).extracting(RosterAccount::user).containsExactly("alice", "carol", "dave", "erin", "frank", "grace", "henry", "judy");
        RosterAccount dave = r.accounts().get(2);
        assertThat(dave.line()).isEqualTo(4);
        assertThat(dave.roles()).containsExactly("developer", "break-glass");
        assertThat(dave.status()).isEqualTo(AccountStatus.ACTIVE);
        RosterAccount frank = r.byEmail("FRANK@EXAMPLE.COM").orElseThrow();
        assertThat(frank.status()).isEqualTo(AccountStatus.SUSPENDED);
        assertThat(frank.status().canSignIn()).isFalse();
        assertThat(frank.statusChanged()).contains(Instant.parse("2026-05-20T09:00:00Z"));
        RosterAccount henry = r.byEmail("henry@example.com").orElseThrow();
        assertThat(henry.roles()).isEmpty();
        assertThat(henry.lastLogin()).isEmpty();
        assertThat(henry.statusChanged()).isEmpty();
        assertThat(r.byEmail("erin@example.com")).map(RosterAccount::email).contains("Erin@Example.com");
    }

    @Test
    void statusChangedIsOptional() throws Exception {
        Roster r = reader.read("r.csv", utf8(HEADER + "\nzoe,zoe@example.com,developer,FALSE,True,locked_out,2026-05-01T08:00:00+02:00\n"));
        assertThat(r.accounts()).singleElement().isEqualTo(new RosterAccount(2, "zoe", "zoe@example.com", List.of("developer"), false, true,
                AccountStatus.LOCKED_OUT, Optional.of(Instant.parse("2026-05-01T06:00:00Z")), Optional.empty()));
    }

    @Test
    void missingColumn() {
        assertThatThrownBy(() -> reader.read("r.csv", utf8("user,email,roles,admin,status,last_login\n")))
                .hasMessage("r.csv:1: missing column mfa (expected columns user, email, roles, admin, mfa, status, last_login)");
    }

    @Test
    void tabsInsteadOfCommas() {
        assertThatThrownBy(() -> reader.read("r.csv", utf8(HEADER.replace(',', '\t') + "\n")))
                .hasMessage("r.csv:1: columns are separated by tabs, not commas (expected columns user, email, roles, admin, mfa, status, last_login)");
    }

    @Test
    void unknownStatus() {
        assertThatThrownBy(() -> reader.read("r.csv", utf8(HEADER + "\nzoe,zoe@example.com,dev,false,true,on-leave,\n")))
                .hasMessage("r.csv:2: column status: \"on-leave\" is not one of active, password_expired, locked_out, recovery, provisioned, "
                        + "staged, suspended, disabled, deprovisioned");
    }

    @Test
    void badEmailAndBadTime() {
        assertThatThrownBy(() -> reader.read("r.csv", utf8(HEADER + "\nzoe,zoe.example.com,dev,false,true,active,\n")))
                .hasMessage("r.csv:2: column email: \"zoe.example.com\" is not an email address");
        assertThatThrownBy(() -> reader.read("r.csv", utf8(HEADER + "\nzoe,zoe@example.com,dev,false,true,active,yesterday\n")))
                .hasMessage("r.csv:2: column last_login: \"yesterday\" is not an ISO 8601 time with an offset such as 2026-05-04T17:00:00Z, or empty");
    }

    @Test
    void anEmailListedTwiceInAnyCase() {
        String text = HEADER + "\nzoe,zoe@example.com,dev,false,true,active,\nzoe2,ZOE@example.com,dev,false,true,active,\n";
        assertThatThrownBy(() -> reader.read("r.csv", utf8(text))).hasMessage("r.csv:3: email ZOE@example.com is already listed on line 2");
    }
}
