package dev.bulwark.source.dockerfile;

/**
 * An image reference split as Docker reads it: {@code [registry/]repository[:tag][@digest]}. The
 * first path component is a registry when it has a dot or a port, or is {@code localhost};
 * otherwise the image is on Docker Hub, whose one-component names live under {@code library/}.
 *
 * @param registry   the registry host, {@code docker.io} when none is written
 * @param repository the repository path, e.g. {@code library/python}
 * @param tag        the tag, null when none is written
 * @param digest     the digest, e.g. {@code sha256:…}, null when none is written
 */
public record ImageReference(String registry, String repository, String tag, String digest) {
    public static final String DOCKER_HUB = "docker.io";

    public static ImageReference parse(String reference) {
        String rest = reference.strip();
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        String registry = DOCKER_HUB;
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first;
                rest = rest.substring(slash + 1);
            }
        }
        if (registry.equals(DOCKER_HUB) && !rest.contains("/")) rest = "library/" + rest;
        return new ImageReference(registry, rest, tag == null || tag.isEmpty() ? null : tag, digest == null || digest.isEmpty() ? null : digest);
    }
}
