package dev.bulwark.source.terraform.modules;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which URLs a download may use: HTTPS anywhere; plain HTTP only to this machine's loopback
 * interface, and only when asked for (a local test registry). Host names other than
 * {@code localhost} are never resolved to decide, so no lookup can turn a remote host into "loopback".
 */
record Transport(boolean loopbackHttp) {
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    static boolean isLoopback(String host) {
        if (host == null) return false;
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        return h.equals("localhost") || IPV4_LOOPBACK.matcher(h).matches() || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
    }

    /** Throws unless {@code uri} may be fetched. */
    void check(URI uri, String what) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) return;
        if (scheme.equals("http")) {
            if (isLoopback(uri.getHost()) && loopbackHttp) return;
            throw new FetchException(what + " " + uri + " uses plain HTTP; Bulwark downloads modules over HTTPS only"
                    + (isLoopback(uri.getHost()) ? " (--allow-loopback-http permits HTTP to this machine)" : ""));
        }
        throw new FetchException(what + " " + uri + ": the " + (scheme.isEmpty() ? "URL has no scheme" : scheme + " scheme is not supported"));
    }

    /** The scheme to reach a registry host with. */
    String registryScheme(String host) {
        String bare = host.contains(":") && !host.startsWith("[") ? host.substring(0, host.lastIndexOf(':')) : host;
        if (host.startsWith("[") && host.contains("]")) bare = host.substring(0, host.indexOf(']') + 1);
        return loopbackHttp && isLoopback(bare) ? "http" : "https";
    }
}
