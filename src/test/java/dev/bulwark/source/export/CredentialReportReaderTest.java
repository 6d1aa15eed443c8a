package dev.bulwark.source.export;

import dev.bulwark.model.export.AccessKey;
import dev.bulwark.model.export.CredentialReport;
import dev.bulwark.model.export.CredentialReportUser;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.PasswordEnabled;
import dev.bulwark.model.export.ReportTime;
import dev.bulwark.model.export.SigningCertificate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.bulwark.source.export.ExportFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialReportReaderTest {
    static final String EXPECTED = "(expected columns " + String.join(", ", CredentialReportReader.COLUMNS) + ")";
    static final String HEADER = String.join(",", CredentialReportReader.COLUMNS);
    static final String ALICE = "alice,arn:aws:iam::111122223333:user/alice,2023-01-10T12:00:00+00:00,true,2026-05-31T16:20:00+00:00,"
            + "2026-02-01T09:00:00+00:00,N/A,true,true,2026-04-10T08:00:00+00:00,2026-05-31T17:00:00+00:00,eu-west-1,ec2,"
            + "false,N/A,N/A,N/A,N/A,false,N/A,false,N/A";

    private final CredentialReportReader reader = new CredentialReportReader();

    @Test
    void theHeaderMatchesTheSharedReference() {
        assertThat(HEADER).isEqualTo(ExportFixtures.text("credential-report.csv").lines().findFirst().orElseThrow());
    }

    @Test
    void readsEveryUserWithItsLineAndTheWordsAwsWrites() {
        CredentialReport r = ExportFixtures.read(reader, "credential-report.csv");
        assertThat(r.kind()).isEqualTo(ExportKind.CREDENTIAL_REPORT);
        assertThat(r.users()).extracting(CredentialReportUser::user)
                .containsExactly("<root_account>", "alice", "bob", "ci-deploy", "old-report", "erin", "frank");
        assertThat(r.users()).extracting(CredentialReportUser::line).containsExactly(2, 3, 4, 5, 6, 7, 8);

        CredentialReportUser root = r.root().orElseThrow();
        assertThat(root.isRoot()).isTrue();
        assertThat(root.passwordEnabled()).isEqualTo(PasswordEnabled.NOT_SUPPORTED);
        assertThat(root.passwordLastChanged()).isEqualTo(ReportTime.NOT_SUPPORTED);
        assertThat(root.mfaActive()).isFalse();
        assertThat(root.accessKey1()).isEqualTo(new AccessKey(1, true, ReportTime.at(Instant.parse("2025-09-01T10:00:00Z")),
                ReportTime.at(Instant.parse("2026-05-30T07:45:00Z")), "us-east-1", "s3"));
        assertThat(root.accessKey2().exists()).isFalse();

        CredentialReportUser bob = r.user("bob").orElseThrow();
        assertThat(bob.hasConsolePassword()).isTrue();
        assertThat(bob.passwordLastUsed()).isEqualTo(ReportTime.NO_INFORMATION);
        assertThat(bob.passwordNextRotation()).isEqualTo(ReportTime.NOT_APPLICABLE);

        CredentialReportUser old = r.user("old-report").orElseThrow();
        assertThat(old.accessKey2().active()).isFalse();
        assertThat(old.accessKey2().exists()).as("an inactive key with a rotation date still exists").isTrue();
        assertThat(old.cert1()).isEqualTo(new SigningCertificate(1, false, ReportTime.NOT_APPLICABLE));
    }

    @Test
    void quotedFieldsCrlfAndAByteOrderMarkAreFine() throws Exception {
        String quoted = ALICE.replace("alice,arn", "\"ali,ce\",\"arn").replace("user/alice,", "user/alice\",");
        CredentialReport r = reader.read("r.csv", utf8("\uFEFF" + HEADER + "\r\n" + quoted + "\r\n"));
        assertThat(r.users()).singleElement().satisfies(u -> {
            assertThat(u.user()).isEqualTo("ali,ce");
            assertThat(u.arn()).isEqualTo("arn:aws:iam::111122223333:user/alice");
            assertThat(u.line()).isEqualTo(2);
        });
    }

    @Test
    void aHeaderWithoutRowsIsAnEmptyReport() throws Exception {
        assertThat(reader.read("r.csv", utf8(HEADER + "\n")).users()).isEmpty();
    }

    @Test
    void missingColumn() {
        List<String> columns = new ArrayList<>(CredentialReportReader.COLUMNS);
        int mfa = columns.indexOf("mfa_active");
        columns.remove(mfa);
        List<String> values = new ArrayList<>(Arrays.asList(ALICE.split(",")));
        values.remove(mfa);
        assertThatThrownBy(() -> reader.read("r.csv", utf8(String.join(",", columns) + "\n" + String.join(",", values) + "\n")))
                .isInstanceOf(ExportFormatException.class)
                .hasMessage("r.csv:1: missing column mfa_active " + EXPECTED);
    }

    @Test
    void semicolonsInsteadOfCommas() {
        String text = HEADER.replace(',', ';') + "\n" + ALICE.replace(',', ';') + "\n";
        assertThatThrownBy(() -> reader.read("r.csv", utf8(text)))
                .isInstanceOf(ExportFormatException.class)
                .hasMessage("r.csv:1: columns are separated by ';', not commas " + EXPECTED);
    }

    @Test
    void aRowWithTooFewFields() {
        String shortRow = ALICE.substring(0, ALICE.lastIndexOf(','));
        assertThatThrownBy(() -> reader.read("r.csv", utf8(HEADER + "\n" + ALICE + "\n" + shortRow + "\n")))
                .isInstanceOf(ExportFormatException.class)
                .hasMessage("r.csv:3: 21 fields, expected 22 as in the header " + EXPECTED);
    }

    @Test
    void aBadDateNamesTheColumn() {
        String bad = ALICE.replace("2026-05-31T16:20:00+00:00", "2026-13-31T16:20:00+00:00");
        assertThatThrownBy(() -> reader.read("r.csv", utf8(HEADER + "\n" + bad + "\n")))
                .isInstanceOf(ExportFormatException.class)
                .hasMessage("r.csv:2: column password_last_used: \"2026-13-31T16:20:00+00:00\" is not an ISO 8601 time, N/A, no_information or not_supported");
    }

    @Test
    void aDateWithoutOffsetIsRejected() {
        String bad = ALICE.replace("2026-04-10T08:00:00+00:00", "2026-04-10 08:00:00");
        assertThatThrownBy(() -> reader.read("r.csv", utf8(HEADER + "\n" + bad + "\n")))
                .hasMessageStartingWith("r.csv:2: column access_key_1_last_rotated: \"2026-04-10 08:00:00\" is not an ISO 8601 time");
    }

    @Test
    void aBadFlag() {
        String bad = ALICE.replace(",N/A,true,true,", ",N/A,yes,true,");
        assertThatThrownBy(() -> reader.read("r.csv", utf8(HEADER + "\n" + bad + "\n")))
                .hasMessage("r.csv:2: column mfa_active: \"yes\" is not true or false");
    }

    @Test
    void aUserListedTwice() {
        assertThatThrownBy(() -> reader.read("r.csv", utf8(HEADER + "\n" + ALICE + "\n" + ALICE + "\n")))
                .hasMessage("r.csv:3: user alice is already listed on line 2");
    }

    @Test
    void notUtf8() {
        byte[] latin1 = (HEADER + "\n" + ALICE + "\nj\u00e9r\u00f4me" + ALICE.substring(5) + "\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read("r.csv", latin1))
                .isInstanceOf(ExportFormatException.class)
                .hasMessageMatching("r.csv:3: not UTF-8 text: byte 0xE9 at byte offset \\d+ \\(line 3\\) is not valid UTF-8 \\(expected a UTF-8 text file; re-export or convert it to UTF-8\\)");
    }

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> reader.read("r.csv", new byte[0]))
                .hasMessage("r.csv:1: empty file (expected a header line with columns " + String.join(", ", CredentialReportReader.COLUMNS) + ")");
        assertThatThrownBy(() -> reader.read("r.csv", utf8("\n\n  \n"))).hasMessageStartingWith("r.csv:1: empty file");
    }

    @Test
    void anUnclosedQuote() {
        String bad = ALICE.replace("alice,arn", "\"alice,arn");
        assertThatThrownBy(() -> reader.read("r.csv", utf8(HEADER + "\n" + ALICE.replace("alice", "bob") + "\n" + bad + "\n")))
                .hasMessage("r.csv:3: a quoted value is never closed: it runs from this line to the end of the file " + EXPECTED);
    }

    @Test
    void aJsonFileIsNotACredentialReport() {
        assertThatThrownBy(() -> reader.read("trivy.json", ExportFixtures.bytes("trivy-api.json")))
                .isInstanceOf(ExportFormatException.class)
                .hasMessageStartingWith("trivy.json:1: missing columns user, arn,");
    }
}
