package dev.bulwark.source.host.os;

import java.util.List;
import java.util.Locale;

/** The distribution families whose layouts the checks know. */
public enum Family {
    DEBIAN("debian"), RHEL("rhel"), ALPINE("alpine"), UNKNOWN("unknown");

    private final String id;

    Family(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The family of an os-release ID and ID_LIKE: Ubuntu is debian, Rocky, Alma, CentOS and Fedora are rhel. */
    static Family of(String id, List<String> idLike) {
        Family f = one(id);
        if (f != UNKNOWN) return f;
        for (String like : idLike) {
            f = one(like);
            if (f != UNKNOWN) return f;
        }
        return UNKNOWN;
    }

    private static Family one(String id) {
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "debian", "ubuntu" -> DEBIAN;
            case "rhel", "centos", "fedora", "rocky", "almalinux", "ol" -> RHEL;
            case "alpine" -> ALPINE;
            default -> UNKNOWN;
        };
    }
}
