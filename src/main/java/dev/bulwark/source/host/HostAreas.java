package dev.bulwark.source.host;

import dev.bulwark.source.host.os.OsArea;

import java.util.List;

/** Every area a host scan checks. A new area is a package under {@code source/host/} and one line here. */
public final class HostAreas {
    private HostAreas() {}

    private static final List<HostArea> AREAS = List.of(
            new OsArea());

    public static List<HostArea> all() {
        return AREAS;
    }
}
