package dev.bulwark.source.host.ssh;

import java.util.Map;
import java.util.Set;

/** What sshd_config(5) says about keywords: which a Match block may set, and the old names sshd still accepts. */
final class SshdKeywords {
    private SshdKeywords() {}

    private static final Set<String> IN_MATCH = Set.of(
            "acceptenv", "allowagentforwarding", "allowgroups", "allowstreamlocalforwarding", "allowtcpforwarding",
            "allowusers", "authenticationmethods", "authorizedkeyscommand", "authorizedkeyscommanduser", "authorizedkeysfile",
            "authorizedprincipalscommand", "authorizedprincipalscommanduser", "authorizedprincipalsfile", "banner",
            "casignaturealgorithms", "channeltimeout", "chrootdirectory", "clientalivecountmax", "clientaliveinterval",
            "denygroups", "denyusers", "disableforwarding", "exposeauthinfo", "forcecommand", "gatewayports",
            "gssapiauthentication", "hostbasedacceptedalgorithms", "hostbasedauthentication",
            "hostbasedusesnamefrompacketonly", "ignorerhosts", "include", "ipqos", "kbdinteractiveauthentication",
            "kerberosauthentication", "loglevel", "maxauthtries", "maxsessions", "pamservicename", "passwordauthentication",
            "permitemptypasswords", "permitlisten", "permitopen", "permitrootlogin", "permittty", "permittunnel",
            "permituserrc", "pubkeyacceptedalgorithms", "pubkeyauthentication", "pubkeyauthoptions", "rdomain",
            "refuseconnection", "rekeylimit", "revokedkeys", "setenv", "streamlocalbindmask", "streamlocalbindunlink",
            "trustedusercakeys", "unusedconnectiontimeout", "x11displayoffset", "x11forwarding", "x11uselocalhost",
            "challengeresponseauthentication", "pubkeyacceptedkeytypes", "hostbasedacceptedkeytypes");

    /** Old names and the keyword sshd reads them as. */
    private static final Map<String, String> ALIASES = Map.of(
            "challengeresponseauthentication", "kbdinteractiveauthentication",
            "pubkeyacceptedkeytypes", "pubkeyacceptedalgorithms",
            "hostbasedacceptedkeytypes", "hostbasedacceptedalgorithms");

    static boolean allowedInMatch(String keyword) {
        return IN_MATCH.contains(keyword);
    }

    static String canonical(String keyword) {
        return ALIASES.getOrDefault(keyword, keyword);
    }
}
