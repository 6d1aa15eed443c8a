package dev.bulwark.rule.builtin.kubernetes;

import java.util.List;

/**
 * Every container image names a version: a digest ({@code @sha256:…}) or a tag other than
 * {@code latest}. An image without a tag runs {@code latest}. A tagged image (not a digest) pulled
 * with {@code imagePullPolicy: Never} or {@code IfNotPresent} is still pinned; the tag is what counts.
 */
public final class PinnedImages extends WorkloadCheck {
    @Override
    String passes() {
        return "names every image by a version tag or digest";
    }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        for (Container c : pod.containers()) {
            String image = K8s.text(c.fields().get("image"));
            if (image == null) continue;
            String problem = problem(image);
            if (problem != null) out.add(new Violation(c.path("image"), c.describe() + " runs image " + image + ", " + problem));
        }
    }

    /** Why the reference is not pinned, or null when it is. */
    static String problem(String image) {
        if (image.contains("@")) {
            return image.substring(image.indexOf('@') + 1).matches("sha256:[0-9a-fA-F]{64}") ? null : "whose digest is not a sha256 digest";
        }
        String tag = tag(image);
        if (tag == null) return "which has no tag, so it runs whatever latest is when pulled";
        if (tag.equals("latest")) return "tagged latest, which moves with every push";
        if (tag.contains("{{") || tag.contains("$")) return "whose tag is a template placeholder";
        return null;
    }

    /** The tag of an image reference without a digest, null when it names none (a registry port is not a tag). */
    static String tag(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon <= slash ? null : image.substring(colon + 1);
    }
}
