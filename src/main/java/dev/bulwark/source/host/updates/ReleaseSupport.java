package dev.bulwark.source.host.updates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When each distribution release stops getting security updates, from the bundled table
 * {@code host/release-support.csv} (each row names its source). A release the table does not list is not known.
 */
public final class ReleaseSupport {
    private static final String TABLE = "/host/release-support.csv";
    private static final List<Row> ROWS = load();

    /** One release: os-release ID, the VERSION_ID it matches, the last day of support, and where that date comes from. */
    public record Row(String id, String version, LocalDate endOfSupport, String source) {
    }

    private ReleaseSupport() {
    }

    /**
     * The row for an os-release ID and VERSION_ID: Ubuntu by major.minor (22.04), Alpine by its branch (3.21 for
     * 3.21.3), the others by the major version (9 for 9.4). ID_LIKE is not used: a derivative has its own lifecycle.
     */
    public static Optional<Row> lookup(String id, String versionId) {
        if (id == null || versionId == null) return Optional.empty();
        String[] parts = versionId.split("\\.");
        String key = switch (id) {
            case "ubuntu", "alpine" -> parts.length >= 2 ? parts[0] + "." + parts[1] : versionId;
            default -> parts[0];
        };
        return ROWS.stream().filter(r -> r.id.equals(id) && r.version.equals(key)).findFirst();
    }

    public static List<Row> rows() {
        return ROWS;
    }

    private static List<Row> load() {
        try (InputStream in = ReleaseSupport.class.getResourceAsStream(TABLE)) {
            if (in == null) throw new IllegalStateException("missing resource " + TABLE);
            List<Row> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", 4);
                out.add(new Row(f[0], f[1], LocalDate.parse(f[2]), f[3]));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
