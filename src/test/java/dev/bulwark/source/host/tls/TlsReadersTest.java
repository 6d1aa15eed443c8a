package dev.bulwark.source.host.tls;

import dev.bulwark.source.host.conf.ConfigProblem;
import dev.bulwark.source.host.conf.FileLine;
import dev.bulwark.source.host.conf.TestRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TlsReadersTest {
    @TempDir
    Path dir;

    private static String labels(TlsEndpoint e) {
        return e.enabled().stream().sorted().map(TlsVersion::label).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "nginx {0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // http-level setting | server-level setting | enabled
            "ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3; | '' | TLSv1 TLSv1.1 TLSv1.2 TLSv1.3",
            "ssl_protocols TLSv1.2 TLSv1.3; | '' | TLSv1.2 TLSv1.3",
            "ssl_protocols TLSv1.2; | ssl_protocols TLSv1 TLSv1.2; | TLSv1 TLSv1.2",
            "ssl_protocols TLSv1; | ssl_protocols TLSv1.3; | TLSv1.3",
            "'' | ssl_protocols \"TLSv1.2\" TLSv1.3; | TLSv1.2 TLSv1.3"})
    void nginxServerTakesItsOwnSettingElseTheHttpOne(String http, String server, String enabled) throws Exception {
        TestRoot root = new TestRoot(dir).file("/etc/nginx/nginx.conf", "events {}\nhttp {\n  " + http + "\n  include /etc/nginx/sites-enabled/*;\n}\n")
                .file("/etc/nginx/sites-enabled/site", "server {\n  listen 443 ssl;\n  server_name example.org;\n  " + server + "\n}\nserver { listen 80; }\n");
        NginxConfigReader reader = new NginxConfigReader(root.files());
        List<TlsEndpoint> endpoints = NginxTls.endpoints(reader.read().orElseThrow(), Optional.of("1.22.1"));
        assertThat(endpoints).hasSize(1);
        assertThat(labels(endpoints.get(0))).isEqualTo(enabled);
        assertThat(endpoints.get(0).context()).isEqualTo("http server example.org (listen 443 ssl)");
        assertThat(endpoints.get(0).at()).isEqualTo(new FileLine("/etc/nginx/sites-enabled/site", 1));
        assertThat(reader.problems()).isEmpty();
    }

    @ParameterizedTest(name = "nginx {0} default")
    @CsvSource({"1.22.1-9+deb12u1, TLSv1 TLSv1.1 TLSv1.2 TLSv1.3", "1.24.0-r7, TLSv1.2 TLSv1.3", "1.23.4, TLSv1.2 TLSv1.3"})
    void nginxDefaultDependsOnItsVersion(String version, String enabled) throws Exception {
        TestRoot root = new TestRoot(dir).file("/etc/nginx/nginx.conf", "http { server { listen 443 ssl http2; } }");
        List<TlsEndpoint> endpoints = NginxTls.endpoints(new NginxConfigReader(root.files()).read().orElseThrow(), Optional.of(version));
        assertThat(labels(endpoints.get(0))).isEqualTo(enabled);
        assertThat(endpoints.get(0).setting()).isEmpty();
        assertThat(endpoints.get(0).basis()).startsWith("no ssl_protocols: the default of nginx " + version);
    }

    @Test
    void nginxUnknownVersionLeavesTheDefaultUndecidedAndRelativeIncludesStartAtTheConfigDirectory() throws Exception {
        TestRoot root = new TestRoot(dir).file("/etc/nginx/nginx.conf", "http { include conf.d/*.conf; }")
                .file("/etc/nginx/conf.d/a.conf", "# comment ; {\nserver { listen [::]:443 ssl; }");
        List<TlsEndpoint> endpoints = NginxTls.endpoints(new NginxConfigReader(root.files()).read().orElseThrow(), Optional.empty());
        assertThat(endpoints).singleElement().satisfies(e -> {
            assertThat(e.enabled()).isEmpty();
            assertThat(e.at()).isEqualTo(new FileLine("/etc/nginx/conf.d/a.conf", 2));
        });
    }

    @Test
    void nginxSyntaxErrorsAndMissingIncludesAreProblemsWithLines() throws Exception {
        TestRoot root = new TestRoot(dir).file("/etc/nginx/nginx.conf", "http {\n include missing.conf;\n server { listen 443 ssl; ssl_protocols TLSv1;\n");
        NginxConfigReader reader = new NginxConfigReader(root.files());
        List<TlsEndpoint> endpoints = NginxTls.endpoints(reader.read().orElseThrow(), Optional.empty());
        assertThat(reader.problems()).extracting(ConfigProblem::toString).containsExactly(
                "/etc/nginx/nginx.conf:2: included file /etc/nginx/missing.conf does not exist",
                "/etc/nginx/nginx.conf:4: unexpected end of file, expecting \"}\"",
                "/etc/nginx/nginx.conf:4: unexpected end of file, expecting \"}\"");
        assertThat(endpoints).singleElement().satisfies(e -> assertThat(e.weak()).containsExactly(TlsVersion.TLSV1));
    }

    @Test
    void nginxIncludeLoopsAreCut() throws Exception {
        TestRoot root = new TestRoot(dir).file("/etc/nginx/nginx.conf", "include /etc/nginx/a.conf;").file("/etc/nginx/a.conf", "include nginx.conf;");
        NginxConfigReader reader = new NginxConfigReader(root.files());
        assertThat(reader.read()).contains(List.of());
        assertThat(reader.problems()).singleElement().extracting(ConfigProblem::message).asString().contains("loops back");
    }

    @ParameterizedTest(name = "SSLProtocol {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "SSLProtocol all -SSLv3 | TLSv1 TLSv1.1 TLSv1.2 TLSv1.3",
            "SSLProtocol all -SSLv3 -TLSv1 -TLSv1.1 | TLSv1.2 TLSv1.3",
            "SSLProtocol -all +TLSv1.2 +TLSv1.3 | TLSv1.2 TLSv1.3",
            "SSLProtocol TLSv1.2 | TLSv1.2",
            "SSLProtocol TLSv1.2 +TLSv1 | TLSv1 TLSv1.2",
            "SSLProtocol TLSv1.2\\nSSLProtocol +TLSv1.1 | TLSv1.1",
            "'' | TLSv1 TLSv1.1 TLSv1.2 TLSv1.3"})
    void apacheSslProtocolSyntax(String setting, String enabled) throws Exception {
        TestRoot root = new TestRoot(dir).file("/etc/apache2/apache2.conf", "ServerRoot \"/etc/apache2\"\nIncludeOptional mods-enabled/*.conf\nIncludeOptional sites-enabled/*.conf\n")
                .file("/etc/apache2/mods-enabled/ssl.conf", "<IfModule mod_ssl.c>\n  " + setting.replace("\\n", "\n") + "\n</IfModule>\n")
                .file("/etc/apache2/sites-enabled/default-ssl.conf", "<VirtualHost _default_:443>\n  ServerName www.example.org\n  SSLEngine on\n</VirtualHost>\n<VirtualHost *:80>\n</VirtualHost>\n");
        ApacheConfigReader reader = new ApacheConfigReader(root.files());
        List<TlsEndpoint> endpoints = ApacheTls.endpoints(reader.read().orElseThrow());
        assertThat(reader.problems()).isEmpty();
        assertThat(endpoints).singleElement().satisfies(e -> {
            assertThat(labels(e)).isEqualTo(enabled);
            assertThat(e.context()).isEqualTo("VirtualHost _default_:443 www.example.org");
            assertThat(e.at()).isEqualTo(new FileLine("/etc/apache2/sites-enabled/default-ssl.conf", 1));
        });
    }

    @Test
    void apacheVirtualHostSettingWinsAndRhelLayoutIsFound() throws Exception {
        TestRoot root = new TestRoot(dir).file("/etc/httpd/conf/httpd.conf", "ServerRoot \"/etc/httpd\"\nInclude conf.modules.d/*.conf\nIncludeOptional conf.d/*.conf\n")
                .file("/etc/httpd/conf.d/ssl.conf", "Listen 443 https\nSSLProtocol all -SSLv3 -TLSv1 -TLSv1.1\n<VirtualHost _default_:443>\nSSLEngine on\nSSLProtocol \\\n  +TLSv1 +TLSv1.2\n</VirtualHost>\n");
        ApacheConfigReader reader = new ApacheConfigReader(root.files());
        List<TlsEndpoint> endpoints = ApacheTls.endpoints(reader.read().orElseThrow());
        assertThat(reader.problems()).extracting(ConfigProblem::message).containsExactly("Include conf.modules.d/*.conf matches no file");
        assertThat(endpoints).singleElement().satisfies(e -> {
            assertThat(labels(e)).isEqualTo("TLSv1 TLSv1.2");
            assertThat(e.setting()).containsExactly(new FileLine("/etc/httpd/conf.d/ssl.conf", 5));
        });
    }

    @Test
    void apacheUnclosedSectionIsAProblem() throws Exception {
        TestRoot root = new TestRoot(dir).file("/etc/apache2/apache2.conf", "<VirtualHost *:443>\nSSLEngine on\n");
        ApacheConfigReader reader = new ApacheConfigReader(root.files());
        List<TlsEndpoint> endpoints = ApacheTls.endpoints(reader.read().orElseThrow());
        assertThat(reader.problems()).extracting(ConfigProblem::toString).containsExactly("/etc/apache2/apache2.conf:2: <VirtualHost> is not closed");
        assertThat(endpoints).hasSize(1);
    }

    @ParameterizedTest(name = "haproxy {0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "'' | '' | TLSv1.2 TLSv1.3",
            "ssl-default-bind-options ssl-min-ver TLSv1.0 | '' | TLSv1 TLSv1.1 TLSv1.2 TLSv1.3",
            "ssl-default-bind-options ssl-min-ver TLSv1.0 | ssl-min-ver TLSv1.2 | TLSv1.2 TLSv1.3",
            "ssl-default-bind-options no-sslv3 no-tlsv10 no-tlsv11 | ssl-min-ver TLSv1.0 | TLSv1.2 TLSv1.3",
            "'' | force-tlsv11 | TLSv1.1",
            "ssl-default-bind-options ssl-min-ver TLSv1.1 no-tls-tickets | ssl-max-ver TLSv1.2 | TLSv1.1 TLSv1.2"})
    void haproxyBindLines(String global, String bind, String enabled) {
        String cfg = "global\n    log /dev/log local0\n    " + global + "  # defaults\n\ndefaults\n    mode http\n\nfrontend web\n    bind :80\n    bind :443 ssl crt /etc/haproxy/site.pem " + bind + "\n";
        HaproxyTls reader = new HaproxyTls();
        List<TlsEndpoint> endpoints = reader.endpoints(HaproxyTls.MAIN, cfg);
        assertThat(endpoints).singleElement().satisfies(e -> {
            assertThat(labels(e)).isEqualTo(enabled);
            assertThat(e.context()).isEqualTo("frontend web bind :443");
            assertThat(e.at()).isEqualTo(new FileLine(HaproxyTls.MAIN, 10));
        });
    }
}
