package dev.bulwark.source.host.tls;

import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import dev.bulwark.source.host.HostArea;
import dev.bulwark.source.host.HostContext;
import dev.bulwark.source.host.conf.ConfigFiles;
import dev.bulwark.source.host.conf.Problems;
import dev.bulwark.source.host.updates.InstalledPackages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code host_tls_server} resource per place a local nginx, Apache or HAProxy accepts TLS, with the
 * protocol versions it accepts and the lines that decide them.
 */
public final class TlsArea implements HostArea {
    @Override
    public String name() {
        return "tls";
    }

    @Override
    public void collect(HostContext context) {
        ConfigFiles files = new ConfigFiles(context);
        List<TlsEndpoint> endpoints = new ArrayList<>();
        NginxConfigReader nginx = new NginxConfigReader(files);
        Optional<List<NginxDirective>> nginxConfig = nginx.read();
        Problems.report(context, nginx.problems());
        if (nginxConfig.isPresent()) {
            InstalledPackages packages = InstalledPackages.read(files);
            Optional<String> version = packages.version("nginx").or(() -> packages.version("nginx-core")).or(() -> packages.version("nginx-common"))
                    .filter(v -> !v.isEmpty());
            endpoints.addAll(NginxTls.endpoints(nginxConfig.get(), version));
        }
        ApacheConfigReader apache = new ApacheConfigReader(files);
        Optional<List<ApacheDirective>> apacheConfig = apache.read();
        Problems.report(context, apache.problems());
        apacheConfig.ifPresent(c -> endpoints.addAll(ApacheTls.endpoints(c)));
        Optional<String> haproxyText = files.read(HaproxyTls.MAIN);
        if (haproxyText.isPresent()) {
            HaproxyTls haproxy = new HaproxyTls();
            endpoints.addAll(haproxy.endpoints(HaproxyTls.MAIN, haproxyText.get()));
            Problems.report(context, haproxy.problems());
        }
        for (TlsEndpoint e : endpoints) {
            String address = "host:tls:" + e.server() + ":" + e.at();
            var location = e.setting().isEmpty() ? e.at().location() : e.setting().get(e.setting().size() - 1).location();
            boolean decided = !e.enabled().isEmpty() || !e.setting().isEmpty();
            Value weak = decided ? new Value.ListV(e.weak().stream().map(v -> (Value) Value.of(v.label())).toList())
                    : Value.unknown(UnknownReason.UNKNOWN_INPUT, e.basis());
            context.add(context.facts("host_tls_server", address, e.server() + " " + e.context(), location)
                    .put("server", e.server(), null)
                    .put("context", e.context(), e.at().location())
                    .put("enabled", e.enabled().stream().sorted().map(TlsVersion::label).toList(), location)
                    .put("weak", weak, location)
                    .put("basis", e.basis(), location)
                    .put("declared_at", e.at().toString(), null));
        }
    }
}
