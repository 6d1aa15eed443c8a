package dev.bulwark.secret;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Azure storage keys and SAS, HMAC-signed JWTs and passwords in URLs: true examples and near misses. */
class AzureJwtUrlDetectorsTest {
    private final Fakes fakes = new Fakes(5);
    private final SecretScanner scanner = SecretScanner.standard();

    private SecretMatch only(String text, SecretFamily family) {
        List<SecretMatch> found = scanner.scan(text);
        assertThat(found).as(text).singleElement().extracting(SecretMatch::family).isEqualTo(family);
        return found.get(0);
    }

    private void none(String text) {
        assertThat(scanner.scan(text)).as(text).isEmpty();
    }

    private String base64Of(int bytes) {
        byte[] b = new byte[bytes];
        for (int i = 0; i < bytes; i++) b[i] = (byte) fakes.nextInt(256);
        return Base64.getEncoder().encodeToString(b);
    }

    @Test
    void azureStorageAccountKey() {
        String key = base64Of(64);
        String cs = "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=" + key + ";EndpointSuffix=core.windows.net";
        assertThat(only(cs, SecretFamily.AZURE_STORAGE_KEY).secret().unsafeValue()).isEqualTo(key);
        none("AccountKey=" + base64Of(32));
        none("AccountKey=<storage-account-key>");
        none("AccountKey=" + "x".repeat(86) + "==");
        // The emulator's well-known key is published for local use, but a connection string holding it
        // is still written like a real one: it is reported like any other key
        only("AccountKey=" + base64Of(64) + ";", SecretFamily.AZURE_STORAGE_KEY);
    }

    @Test
    void azureSharedAccessSignature() {
        String sig = base64Of(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
        String url = "https://acme.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01T00:00:00Z&sig=" + sig;
        only("SAS_URL=\"" + url + "\"", SecretFamily.AZURE_SAS_TOKEN);
        only("sig=" + sig + "&sv=2022-11-02&sp=r", SecretFamily.AZURE_SAS_TOKEN);
        none("https://example.com/?sig=" + sig);                      // no signed version: not a SAS
        none("?sv=2022-11-02&sig=<signature>");
        none("?sv=2022-11-02&sig=" + base64Of(20));
    }

    @Test
    void hmacSignedJwts() {
        String hs256 = fakes.jwt("HS256", 43);
        only("Authorization: Bearer " + hs256, SecretFamily.JWT);
        only(fakes.jwt("HS512", 86), SecretFamily.JWT);
        none(fakes.jwt("RS256", 342));                                 // a key pair's signature: nothing secret in it
        none(fakes.jwt("none", 0));
        none(fakes.jwt("HS256", 40));                                  // wrong signature length
        none(Fakes.base64Url("{\"alg\":\"HS256\"}") + ".bm90IGpzb24." + fakes.chars(Fakes.BASE62, 43)); // payload is not JSON
        none("eyJhbGciOiJIUzI1NiJ9");
    }

    @Test
    void passwordsInUrls() {
        SecretMatch m = only("DATABASE_URL=postgres://app:s3cr3t-Pa55@db.internal:5432/app\n", SecretFamily.URL_PASSWORD);
        assertThat(m.secret().unsafeValue()).isEqualTo("s3cr3t-Pa55");
        assertThat(m.detail()).isEqualTo("password in a postgres URL for user app");
        assertThat(m.column()).isEqualTo("DATABASE_URL=postgres://app:".length() + 1);
        only("jdbc:mysql://root:Tr0ub4dor@mysql/prod", SecretFamily.URL_PASSWORD);
        none("postgres://app:${DB_PASSWORD}@db/app");
        none("postgres://app:{{ .Values.db.password }}@db/app");
        none("postgres://app:$(DB_PASS)@db/app");
        none("postgres://app:$DB_PASS@db/app");
        none("postgres://user:password@localhost/db");
        none("postgres://app:changeme@db/app");
        none("postgres://app:<password>@db/app");
        none("amqp://guest:@rabbit/");
        none("https://user@example.com/path");
        none("https://example.com/a:b@c");
        none("\"%s://%s:%s@%s\" % (scheme, user, pw, host)");
        none("ssh://git@github.com:22/org/repo.git");
    }

    @Test
    void aShapedSecretInAUrlIsReportedOnceAsItsFamily() {
        String token = fakes.githubToken("ghp_");
        List<SecretMatch> found = scanner.scan("https://x-access-token:" + token + "@github.com/org/repo.git");
        assertThat(found).extracting(SecretMatch::family).containsExactly(SecretFamily.GITHUB_TOKEN);
    }
}
