package dev.bulwark.source.export;

import dev.bulwark.model.export.AccessKey;
import dev.bulwark.model.export.AccountStatus;
import dev.bulwark.model.export.CredentialReport;
import dev.bulwark.model.export.CredentialReportUser;
import dev.bulwark.model.export.ExportKind;
import dev.bulwark.model.export.Leaver;
import dev.bulwark.model.export.PasswordEnabled;
import dev.bulwark.model.export.ReportTime;
import dev.bulwark.model.export.Roster;
import dev.bulwark.model.export.RosterAccount;
import dev.bulwark.model.export.SigningCertificate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The CSV readers against random input: any valid export written out (quoting where CSV needs it)
 * reads back as exactly the records it was written from, and anything else (random bytes, random
 * text, valid files with a random edit) gives a parsed export or an {@link ExportFormatException}
 * with a file:line prefix, never another exception.
 */
class CsvExportsPropertyTest {
    private static final Instant FROM = Instant.parse("2014-10-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2030-12-31T23:59:59Z");

    // ---- round trips ----

    @Property(tries = 200)
    void credentialReportsRoundTrip(@ForAll("credentialUsers") List<CredentialReportUser> users, @ForAll("offsets") ZoneOffset offset) throws Exception {
        StringBuilder csv = new StringBuilder(String.join(",", CredentialReportReader.COLUMNS)).append('\n');
        List<CredentialReportUser> expected = new ArrayList<>();
        for (CredentialReportUser u : users) {
            expected.add(withLine(u, expected.size() + 2));
            csv.append(row(credentialFields(u, offset))).append('\n');
        }
        CredentialReport read = new CredentialReportReader().read("r.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(read.users()).isEqualTo(expected);
    }

    @Property(tries = 200)
    void rostersRoundTrip(@ForAll("rosterAccounts") List<RosterAccount> accounts, @ForAll("offsets") ZoneOffset offset) throws Exception {
        StringBuilder csv = new StringBuilder("status_changed,").append(String.join(",", RosterReader.COLUMNS)).append('\n');
        List<RosterAccount> expected = new ArrayList<>();
        for (RosterAccount a : accounts) {
            expected.add(new RosterAccount(expected.size() + 2, a.user(), a.email(), a.roles(), a.admin(), a.mfa(), a.status(), a.lastLogin(), a.statusChanged()));
            csv.append(row(List.of(a.statusChanged().map(t -> time(t, offset)).orElse(""), a.user(), a.email(), String.join(";", a.roles()),
                    a.admin() ? "TRUE" : "false", a.mfa() ? "true" : "False", a.status().name(),
                    a.lastLogin().map(t -> time(t, offset)).orElse("")))).append('\n');
        }
        Roster read = new RosterReader().read("r.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(read.accounts()).isEqualTo(expected);
    }

    @Property(tries = 200)
    void terminationsRoundTrip(@ForAll("leavers") List<Leaver> leavers, @ForAll("offsets") ZoneOffset offset) throws Exception {
        StringBuilder csv = new StringBuilder("email,terminated_at\r\n");
        List<Leaver> expected = new ArrayList<>();
        for (Leaver l : leavers) {
            expected.add(new Leaver(expected.size() + 2, l.email(), l.terminatedAt()));
            csv.append(row(List.of(l.email(), time(l.terminatedAt(), offset)))).append("\r\n");
        }
        assertThat(new TerminationsReader().read("t.csv", csv.toString().getBytes(StandardCharsets.UTF_8)).leavers()).isEqualTo(expected);
    }

    // ---- garbage ----

    @Property(tries = 300)
    void randomBytesAreRejected(@ForAll byte[] bytes) {
        for (ExportReader<?> reader : csvReaders()) {
            assertThatThrownBy(() -> reader.read("g.csv", bytes)).isInstanceOf(ExportFormatException.class).hasMessageMatching("g\\.csv:\\d+: (?s).+");
        }
    }

    @Property(tries = 300)
    void randomTextIsRejected(@ForAll String text) {
        for (ExportReader<?> reader : csvReaders()) {
            assertThatThrownBy(() -> reader.read("g.csv", text.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(ExportFormatException.class).hasMessageMatching("g\\.csv:\\d+: (?s).+");
        }
    }

    @Property(tries = 500)
    void aRandomEditGivesAReportOrAFormatError(@ForAll("credentialUsers") List<CredentialReportUser> users, @ForAll("edits") Edit edit) {
        StringBuilder csv = new StringBuilder(String.join(",", CredentialReportReader.COLUMNS)).append('\n');
        for (CredentialReportUser u : users) csv.append(row(credentialFields(u, ZoneOffset.UTC))).append('\n');
        byte[] edited = edit.apply(csv.toString().getBytes(StandardCharsets.UTF_8));
        try {
            new CredentialReportReader().read("e.csv", edited);
        } catch (ExportFormatException e) {
            assertThat(e.getMessage()).matches("e\\.csv:\\d+: (?s).+");
            assertThat(e.line()).isBetween(1, users.size() + 2);
        }
    }

    @Property(tries = 200)
    void truncatedFixturesGiveAReportOrAFormatError(@ForAll("fixtures") String fixture, @ForAll @IntRange(min = 0, max = 100) int percent) {
        byte[] full = ExportFixtures.bytes(fixture);
        byte[] cut = Arrays.copyOf(full, full.length * percent / 100);
        ExportKind kind = kindOf(fixture);
        try {
            ExportReaders.of(kind).read(fixture, cut);
        } catch (ExportFormatException e) {
            assertThat(e.getMessage()).startsWith(fixture + ":");
            assertThat(e.line()).isPositive();
        }
    }

    // ---- generators ----

    @Provide
    Arbitrary<ZoneOffset> offsets() {
        return Arbitraries.of(ZoneOffset.UTC, ZoneOffset.ofHours(2), ZoneOffset.ofHoursMinutes(-5, -30), ZoneOffset.ofHours(14));
    }

    @Provide
    Arbitrary<List<CredentialReportUser>> credentialUsers() {
        Arbitrary<String> names = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+=,.@_-")
                .ofMinLength(1).ofMaxLength(24).filter(n -> !n.equals(CredentialReportUser.ROOT));
        Arbitrary<String> userNames = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(CredentialReportUser.ROOT)), Tuple.of(9, names));
        Arbitrary<CredentialReportUser> user = Combinators.combine(userNames, reportTime(), Arbitraries.of(PasswordEnabled.class),
                        reportTime(), reportTime(), reportTime(), Arbitraries.of(true, false), key(1))
                .as((name, created, enabled, used, changed, next, mfa, k1) -> new CredentialReportUser(0, name,
                        "arn:aws:iam::123456789012:" + (name.equals(CredentialReportUser.ROOT) ? "root" : "user/" + name), created, enabled,
                        used, changed, next, mfa, k1, null, null, null));
        Arbitrary<CredentialReportUser> full = Combinators.combine(user, key(2), cert(1), cert(2))
                .as((u, k2, c1, c2) -> new CredentialReportUser(0, u.user(), u.arn(), u.userCreationTime(), u.passwordEnabled(), u.passwordLastUsed(),
                        u.passwordLastChanged(), u.passwordNextRotation(), u.mfaActive(), u.accessKey1(), k2, c1, c2));
        return full.list().ofMaxSize(8).uniqueElements(CredentialReportUser::user);
    }

    private Arbitrary<ReportTime> reportTime() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, instants().map(ReportTime::at)),
                Tuple.of(2, Arbitraries.just(ReportTime.NOT_APPLICABLE)),
                Tuple.of(1, Arbitraries.just(ReportTime.NO_INFORMATION)),
                Tuple.of(1, Arbitraries.just(ReportTime.NOT_SUPPORTED)));
    }

    private Arbitrary<AccessKey> key(int n) {
        Arbitrary<String> words = Arbitraries.oneOf(Arbitraries.just("N/A"),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(1).ofMaxLength(14));
        return Combinators.combine(Arbitraries.of(true, false), reportTime(), reportTime(), words, words)
                .as((active, rotated, used, region, service) -> new AccessKey(n, active, rotated, used, region, service));
    }

    private Arbitrary<SigningCertificate> cert(int n) {
        return Combinators.combine(Arbitraries.of(true, false), reportTime()).as((active, rotated) -> new SigningCertificate(n, active, rotated));
    }

    private static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FROM.getEpochSecond(), TO.getEpochSecond()).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<List<RosterAccount>> rosterAccounts() {
        Arbitrary<String> users = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789._-").ofMinLength(1).ofMaxLength(12);
        Arbitrary<List<String>> roles = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz-, ").ofMinLength(1).ofMaxLength(10)
                .map(String::strip).filter(r -> !r.isEmpty()).list().ofMaxSize(3);
        Arbitrary<Optional<Instant>> times = instants().optional();
        Arbitrary<RosterAccount> account = Combinators.combine(users, roles, Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.of(AccountStatus.class), times, times)
                .as((user, rs, admin, mfa, status, login, changed) -> new RosterAccount(0, user, user + "@example.com", rs, admin, mfa, status, login, changed));
        return account.list().ofMaxSize(10).uniqueElements(RosterAccount::user);
    }

    @Provide
    Arbitrary<List<Leaver>> leavers() {
        Arbitrary<String> emails = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789.+").ofMinLength(1).ofMaxLength(12)
                .map(s -> s + "@corp.example.org");
        return Combinators.combine(emails, instants()).as((e, t) -> new Leaver(0, e, t)).list().ofMaxSize(10).uniqueElements(Leaver::email);
    }

    /** One random change to a file's bytes. */
    record Edit(String what, int at, byte value) {
        byte[] apply(byte[] in) {
            int i = in.length == 0 ? 0 : Math.floorMod(at, in.length);
            return switch (what) {
                case "delete" -> in.length == 0 ? in : concat(Arrays.copyOf(in, i), Arrays.copyOfRange(in, i + 1, in.length));
                case "insert" -> concat(concat(Arrays.copyOf(in, i), new byte[] {value}), Arrays.copyOfRange(in, i, in.length));
                case "truncate" -> Arrays.copyOf(in, i);
                default -> {
                    byte[] out = in.clone();
                    for (int k = 0; k < out.length; k++) if (out[k] == ',' && k >= i) {
                        out[k] = ';';
                        break;
                    }
                    yield out;
                }
            };
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] out = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }
    }

    @Provide
    Arbitrary<Edit> edits() {
        Arbitrary<Byte> bytes = Arbitraries.oneOf(Arbitraries.of((byte) ',', (byte) '"', (byte) '\n', (byte) '\r', (byte) ';', (byte) 0xC3, (byte) 0xFF),
                Arbitraries.bytes());
        return Combinators.combine(Arbitraries.of("delete", "insert", "truncate", "semicolon"), Arbitraries.integers().between(0, 100_000), bytes)
                .as(Edit::new);
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of("credential-report.csv", "roster.csv", "terminations.csv", "trivy-api.json", "grype-worker.json",
                "xccdf-results.xml", "lynis-report.dat");
    }

    private static ExportKind kindOf(String fixture) {
        String stem = fixture.substring(0, fixture.indexOf('.'));
        if (stem.startsWith("trivy")) return ExportKind.TRIVY;
        if (stem.startsWith("grype")) return ExportKind.GRYPE;
        if (stem.startsWith("xccdf")) return ExportKind.XCCDF;
        if (stem.startsWith("lynis")) return ExportKind.LYNIS;
        return ExportKind.byId(stem).orElseThrow();
    }

    private static List<ExportReader<?>> csvReaders() {
        return List.of(new CredentialReportReader(), new RosterReader(), new TerminationsReader());
    }

    // ---- writing CSV the way exporters do ----

    private static CredentialReportUser withLine(CredentialReportUser u, int line) {
        return new CredentialReportUser(line, u.user(), u.arn(), u.userCreationTime(), u.passwordEnabled(), u.passwordLastUsed(),
                u.passwordLastChanged(), u.passwordNextRotation(), u.mfaActive(), u.accessKey1(), u.accessKey2(), u.cert1(), u.cert2());
    }

    private static List<String> credentialFields(CredentialReportUser u, ZoneOffset offset) {
        Function<ReportTime, String> t = rt -> rt.known() ? time(rt.instant(), offset) : rt.word();
        List<String> f = new ArrayList<>(List.of(u.user(), u.arn(), t.apply(u.userCreationTime()), u.passwordEnabled().text(),
                t.apply(u.passwordLastUsed()), t.apply(u.passwordLastChanged()), t.apply(u.passwordNextRotation()), String.valueOf(u.mfaActive())));
        for (AccessKey k : u.accessKeys()) {
            f.addAll(List.of(String.valueOf(k.active()), t.apply(k.lastRotated()), t.apply(k.lastUsed()), k.lastUsedRegion(), k.lastUsedService()));
        }
        for (SigningCertificate c : u.certificates()) f.addAll(List.of(String.valueOf(c.active()), t.apply(c.lastRotated())));
        return f;
    }

    private static String time(Instant t, ZoneOffset offset) {
        return OffsetDateTime.ofInstant(t, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String row(List<String> fields) {
        return fields.stream().map(CsvExportsPropertyTest::quote).collect(Collectors.joining(","));
    }

    private static String quote(String field) {
        boolean needs = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                || !field.equals(field.strip());
        return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
