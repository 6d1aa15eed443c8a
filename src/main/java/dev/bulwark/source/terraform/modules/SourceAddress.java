package dev.bulwark.source.terraform.modules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A remote module {@code source} as Terraform reads it: a registry address
 * ({@code [HOST/]NAMESPACE/NAME/PROVIDER}), a git repository ({@code git::URL}, {@code github.com/ORG/REPO},
 * {@code git@HOST:PATH}) with {@code ?ref=}, or an HTTP(S) URL (an archive by its extension or
 * {@code ?archive=}). Any of them may end in {@code //SUBDIR}: the module is that directory of the package.
 */
public sealed interface SourceAddress {
    String DEFAULT_REGISTRY = "registry.terraform.io";

    /** The module's directory inside the package, "" for its top. */
    String subdir();

    /** The package without the subdirectory: what is downloaded and cached once. */
    String packageKey();

    record Registry(String host, String namespace, String name, String provider, String subdir) implements SourceAddress {
        public String path() {
            return namespace + "/" + name + "/" + provider;
        }

        @Override
        public String packageKey() {
            return host + "/" + path();
        }
    }

    /** @param ref the branch, tag or commit to check out; null for the default branch */
    record Git(String url, String ref, String subdir) implements SourceAddress {
        @Override
        public String packageKey() {
            return "git::" + url + (ref == null ? "" : "?ref=" + ref);
        }
    }

    /** @param archive the archive type ({@code zip}, {@code tar.gz} …), or null to ask the server where the module is */
    record Http(URI url, String archive, String subdir) implements SourceAddress {
        @Override
        public String packageKey() {
            return url.toString();
        }
    }

    /** The archive types that are unpacked, by the name their extension or {@code ?archive=} gives. */
    Map<String, String> ARCHIVE_TYPES = archiveTypes();

    private static Map<String, String> archiveTypes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("tar.gz", "tar.gz");
        m.put("tgz", "tar.gz");
        m.put("tar.bz2", "tar.bz2");
        m.put("tbz2", "tar.bz2");
        m.put("tar", "tar");
        m.put("zip", "zip");
        return m;
    }

    Pattern REGISTRY_PART = Pattern.compile("[0-9A-Za-z](?:[0-9A-Za-z_-]{0,62}[0-9A-Za-z])?");
    Pattern PROVIDER = Pattern.compile("[0-9a-z]{1,64}");
    Pattern HOST = Pattern.compile("(?:[0-9A-Za-z](?:[0-9A-Za-z-]{0,62}[0-9A-Za-z])?\\.)*[0-9A-Za-z](?:[0-9A-Za-z-]{0,62}[0-9A-Za-z])?(?::\\d{1,5})?");
    Pattern SCP_LIKE = Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:.+");

    /** Reads a remote source; a form Bulwark does not download is an exception naming it. */
    static SourceAddress parse(String source) throws UnsupportedSource {
        String forced = null;
        String rest = source.strip();
        Matcher f = Pattern.compile("^([A-Za-z0-9]+)::(.+)$").matcher(rest);
        if (f.matches()) {
            forced = f.group(1).toLowerCase(Locale.ROOT);
            rest = f.group(2);
        }
        String[] split = splitSubdir(rest);
        String address = split[0];
        String subdir = split[1];
        if (forced != null) {
            if (forced.equals("git")) return git(address, subdir, source);
            if (forced.equals("http") || forced.equals("https")) return http(address, subdir, source);
            throw new UnsupportedSource("\"" + forced + "::\" sources are not downloaded by Bulwark (it fetches registry, git:: and HTTP archive sources)");
        }
        if (address.startsWith("github.com/")) {
            String repo = address.substring("github.com/".length());
            return git("https://github.com/" + withGitSuffix(repo), subdir, source);
        }
        if (address.startsWith("bitbucket.org/")) {
            throw new UnsupportedSource("bitbucket.org shorthand sources are not downloaded by Bulwark; write git::https://bitbucket.org/…");
        }
        if (SCP_LIKE.matcher(address).matches() && !address.contains("://")) return git(address, subdir, source);
        if (address.startsWith("https://") || address.startsWith("http://")) return http(address, subdir, source);
        if (address.contains("://")) {
            throw new UnsupportedSource("\"" + address.substring(0, address.indexOf("://")) + "://\" sources are not downloaded by Bulwark");
        }
        return registry(address, subdir, source);
    }

    private static String withGitSuffix(String repo) {
        int q = repo.indexOf('?');
        String path = q < 0 ? repo : repo.substring(0, q);
        String query = q < 0 ? "" : repo.substring(q);
        return (path.endsWith(".git") ? path : path + ".git") + query;
    }

    /** Splits {@code SOURCE//SUBDIR?QUERY} into {@code SOURCE?QUERY} and {@code SUBDIR}; a scheme's {@code //} is not a subdirectory. */
    static String[] splitSubdir(String src) {
        int scheme = src.indexOf("://");
        int offset = scheme < 0 ? 0 : scheme + 3;
        int idx = src.indexOf("//", offset);
        if (idx < 0) return new String[] {src, ""};
        String subdir = src.substring(idx + 2);
        String base = src.substring(0, idx);
        int q = subdir.indexOf('?');
        if (q >= 0) {
            base += subdir.substring(q);
            subdir = subdir.substring(0, q);
        }
        return new String[] {base, subdir.replaceAll("^/+", "")};
    }

    private static Registry registry(String address, String subdir, String source) throws UnsupportedSource {
        if (address.contains("?")) throw new UnsupportedSource("a registry source takes no query string; give the version in the version argument");
        String[] parts = address.split("/", -1);
        String host;
        int first;
        if (parts.length == 4) {
            if (!HOST.matcher(parts[0]).matches()) throw new UnsupportedSource("\"" + parts[0] + "\" is not a registry host name");
            host = parts[0].toLowerCase(Locale.ROOT);
            first = 1;
        } else if (parts.length == 3) {
            host = DEFAULT_REGISTRY;
            first = 0;
        } else {
            throw new UnsupportedSource("\"" + source + "\" is neither a local path (./ or ../), a registry address "
                    + "(NAMESPACE/NAME/PROVIDER, optionally after a host), a git:: source nor an HTTP(S) URL");
        }
        if (!REGISTRY_PART.matcher(parts[first]).matches() || !REGISTRY_PART.matcher(parts[first + 1]).matches()
                || !PROVIDER.matcher(parts[first + 2]).matches()) {
            throw new UnsupportedSource("\"" + address + "\" is not a registry address (NAMESPACE/NAME/PROVIDER, the provider in lower case)");
        }
        return new Registry(host, parts[first], parts[first + 1], parts[first + 2], subdir);
    }

    private static Git git(String address, String subdir, String source) throws UnsupportedSource {
        String url = address;
        String ref = null;
        int q = address.indexOf('?');
        if (q >= 0) {
            url = address.substring(0, q);
            for (Map.Entry<String, String> e : query(address.substring(q + 1), source).entrySet()) {
                switch (e.getKey()) {
                    case "ref" -> ref = e.getValue();
                    case "depth" -> { } // every clone is as shallow as the ref allows
                    default -> throw new UnsupportedSource("the git source option \"" + e.getKey() + "\" is not supported (only ref and depth)");
                }
            }
        }
        if (url.isEmpty()) throw new UnsupportedSource("\"" + source + "\" names no repository");
        if (ref != null && ref.isEmpty()) throw new UnsupportedSource("\"" + source + "\" has an empty ref");
        return new Git(url, ref, subdir);
    }

    private static Http http(String address, String subdir, String source) throws UnsupportedSource {
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw new UnsupportedSource("\"" + source + "\" is not a valid URL: " + e.getReason());
        }
        if (uri.getHost() == null) throw new UnsupportedSource("\"" + source + "\" is not a valid URL: no host");
        String archive = null;
        String query = uri.getRawQuery();
        StringBuilder kept = new StringBuilder();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("archive=")) archive = pair.substring("archive=".length()).toLowerCase(Locale.ROOT);
                else if (!pair.isEmpty()) kept.append(kept.length() == 0 ? "" : "&").append(pair);
            }
        }
        if (archive != null && !ARCHIVE_TYPES.containsKey(archive)) {
            throw new UnsupportedSource("archive type \"" + archive + "\" is not supported (" + String.join(", ", ARCHIVE_TYPES.keySet()) + ")");
        }
        if (archive == null) {
            String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
            for (String ext : ARCHIVE_TYPES.keySet()) {
                if (path.endsWith("." + ext)) {
                    archive = ext;
                    break;
                }
            }
        }
        String base = uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (kept.length() == 0 ? "" : "?" + kept);
        return new Http(URI.create(base), archive == null ? null : ARCHIVE_TYPES.get(archive), subdir);
    }

    private static Map<String, String> query(String query, String source) throws UnsupportedSource {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            if (eq < 0) throw new UnsupportedSource("\"" + source + "\": query part \"" + pair + "\" has no value");
            out.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return out;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A source Bulwark does not download, with what to do instead. */
    final class UnsupportedSource extends Exception {
        public UnsupportedSource(String message) {
            super(message);
        }
    }
}
