package dev.bulwark.source.kubernetes;

import java.util.Set;

/** Built-in kinds that belong to the whole cluster rather than to a namespace, so their address has no namespace. */
final class ClusterScope {
    private ClusterScope() {}

    private static final Set<String> KINDS = Set.of(
            "Namespace", "Node", "PersistentVolume", "ClusterRole", "ClusterRoleBinding", "StorageClass", "CSIDriver", "CSINode",
            "VolumeAttachment", "IngressClass", "RuntimeClass", "PriorityClass", "CustomResourceDefinition", "APIService",
            "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "ValidatingAdmissionPolicy",
            "ValidatingAdmissionPolicyBinding", "PodSecurityPolicy", "CertificateSigningRequest", "ComponentStatus",
            "FlowSchema", "PriorityLevelConfiguration");

    static boolean isClusterWide(String kind) {
        return KINDS.contains(kind);
    }
}
