package dev.bulwark.rule.builtin.kubernetes;

import java.util.List;

/**
 * Every container whose image is named by a tag pulls it on each start ({@code imagePullPolicy: Always}),
 * so that a node never runs what it cached under a tag that has moved since, and the registry checks the
 * pod's pull credentials every time. An image pinned by digest cannot change and may use any policy.
 * Without the field, Kubernetes pulls Always for an untagged or {@code latest} image and IfNotPresent otherwise.
 */
public final class ImagePullPolicy extends WorkloadCheck {
    private static final String ALWAYS = "Always";

    @Override
    String passes() {
        return "pulls every tagged image on each start (imagePullPolicy: Always) or names it by digest";
    }

    @Override
    void check(PodSpec pod, List<Violation> out) {
        for (Container c : pod.containers()) {
            String image = K8s.text(c.fields().get("image"));
            if (image == null || image.contains("@")) continue;
            String written = K8s.text(c.fields().get("imagePullPolicy"));
            String policy = written != null ? written : defaultPolicy(image);
            if (policy.equals(ALWAYS)) continue;
            out.add(new Violation(c.path(written != null ? "imagePullPolicy" : "image"), c.describe() + " runs " + image
                    + (written != null ? " with imagePullPolicy: " + written : " with the default imagePullPolicy IfNotPresent")
                    + ", so a node may reuse an older image cached under that tag"));
        }
    }

    /** What Kubernetes sets when the field is left out. */
    static String defaultPolicy(String image) {
        String tag = PinnedImages.tag(image);
        return tag == null || tag.equals("latest") ? ALWAYS : "IfNotPresent";
    }
}
