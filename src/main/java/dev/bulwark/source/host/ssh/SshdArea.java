package dev.bulwark.source.host.ssh;

import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.Value;
import dev.bulwark.source.host.HostArea;
import dev.bulwark.source.host.HostContext;
import dev.bulwark.source.host.HostFacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The OpenSSH server's effective configuration ({@code host_sshd}): {@code host:sshd} for connections no
 * Match block selects, and one {@code host:sshd#match=<criteria>} per Match block, computed as if that
 * block's criteria held. Each checked keyword is an attribute with the file and line it came from
 * (none for a default); computed attributes say which algorithms are weak and whether two factors are
 * required. Without sshd and sshd_config, one resource says the server is not installed.
 */
public final class SshdArea implements HostArea {
    static final String CONFIG = "/etc/ssh/sshd_config";

    @Override
    public String name() {
        return "sshd";
    }

    @Override
    public void collect(HostContext context) {
        boolean binary = context.root().exists("/usr/sbin/sshd");
        boolean config = context.root().exists(CONFIG);
        SourceLocation configFile = SourceLocation.ofFile(CONFIG);
        if (!binary && !config) {
            context.add(context.facts("host_sshd", "host:sshd", "sshd", configFile).put("installed", false, null).put("context", "global", null));
            return;
        }
        OpenSshVersion version = OpenSshVersion.detect(context);
        Map<String, String> defaults = OpenSshDefaults.of(version);
        Optional<List<SshdLine>> lines = SshdConfigReader.read(context, CONFIG);
        if (lines.isEmpty() && context.wasUnreadable(CONFIG)) return; // the error says why; nothing can be judged
        List<SshdLine> all = lines.orElse(List.of());
        if (lines.isEmpty()) context.warning(configFile, "sshd is installed without " + CONFIG + ": every setting is OpenSSH " + version + "'s default");
        Map<String, MatchBlock> blocks = new LinkedHashMap<>();
        for (SshdLine l : all) {
            if (l.match() != null && !l.match().isAll()) blocks.putIfAbsent(l.match().key(), l.match());
        }
        boolean adminMfa = false;
        List<HostFacts> matchFacts = new ArrayList<>();
        for (MatchBlock b : blocks.values()) {
            Map<String, SshdSetting> s = SshdEffective.compute(all, m -> m.isAll() || m.key().equals(b.key()), defaults);
            boolean mfa = twoFactors(s.get("authenticationmethods").value());
            if (b.namesAdministrators() && mfa) adminMfa = true;
            matchFacts.add(facts(context, "host:sshd#match=" + b.name(), b.name(), b.at(), s, version, mfa)
                    .put("admin_context", b.namesAdministrators(), null));
        }
        Map<String, SshdSetting> global = SshdEffective.compute(all, MatchBlock::isAll, defaults);
        context.add(facts(context, "host:sshd", "global", configFile, global, version, twoFactors(global.get("authenticationmethods").value()))
                .put("admin_context", false, null)
                .put("admin_match_two_factors", adminMfa, null));
        for (HostFacts f : matchFacts) context.add(f.put("admin_match_two_factors", adminMfa, null));
    }

    private static HostFacts facts(HostContext context, String address, String name, SourceLocation at, Map<String, SshdSetting> s,
                                   OpenSshVersion version, boolean mfa) {
        HostFacts f = context.facts("host_sshd", address, name, at)
                .put("installed", true, null)
                .put("context", name, null)
                .put("openssh_version", version.toString(), null)
                .put("openssh_version_source", version.source(), null);
        for (Map.Entry<String, SshdSetting> e : s.entrySet()) {
            String k = e.getKey();
            SshdSetting v = e.getValue();
            if (k.equals("maxauthtries")) f.put(k, parseInt(v.value()), v.at());
            else if (List.of("ciphers", "macs", "kexalgorithms", "hostkeyalgorithms").contains(k)) f.put(k, AlgorithmList.split(v.value()), v.at());
            else f.put(k, v.value(), v.at());
            f.put(k + "_default", v.at() == null, null);
        }
        weak(f, "weak_ciphers", s.get("ciphers"), WeakAlgorithms::ciphers);
        weak(f, "weak_macs", s.get("macs"), WeakAlgorithms::macs);
        weak(f, "weak_kexalgorithms", s.get("kexalgorithms"), WeakAlgorithms::kex);
        weak(f, "weak_hostkeyalgorithms", s.get("hostkeyalgorithms"), WeakAlgorithms::hostKeys);
        return f.put("requires_two_factors", mfa, s.get("authenticationmethods").at());
    }

    private static void weak(HostFacts f, String attribute, SshdSetting s, Function<List<String>, List<String>> filter) {
        f.put(attribute, filter.apply(AlgorithmList.split(s.value())), s.at());
    }

    private static Value parseInt(String s) {
        try {
            return Value.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return Value.of(s);
        }
    }

    /** True when every alternative of AuthenticationMethods names at least two different methods. */
    static boolean twoFactors(String methods) {
        if (methods == null || methods.equalsIgnoreCase("any")) return false;
        Predicate<String> two = alt -> {
            List<String> m = new ArrayList<>();
            for (String x : alt.split(",")) {
                String name = x.contains(":") ? x.substring(0, x.indexOf(':')) : x;
                if (!name.isBlank() && !m.contains(name)) m.add(name);
            }
            return m.size() >= 2;
        };
        String[] alternatives = methods.strip().split("\\s+");
        for (String a : alternatives) if (!two.test(a)) return false;
        return alternatives.length > 0;
    }
}
