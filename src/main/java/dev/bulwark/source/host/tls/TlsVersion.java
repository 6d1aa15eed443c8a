package dev.bulwark.source.host.tls;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** SSL and TLS protocol versions, oldest first, under the names servers use in their configuration. */
public enum TlsVersion {
    SSLV2("SSLv2"), SSLV3("SSLv3"), TLSV1("TLSv1"), TLSV1_1("TLSv1.1"), TLSV1_2("TLSv1.2"), TLSV1_3("TLSv1.3");

    private final String label;

    TlsVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The policy's floor: TLS 1.2. */
    public boolean belowTls12() {
        return compareTo(TLSV1_2) < 0;
    }

    public static Set<TlsVersion> from(TlsVersion min, TlsVersion max) {
        return min.compareTo(max) > 0 ? EnumSet.noneOf(TlsVersion.class) : EnumSet.range(min, max);
    }

    /** Reads SSLv3, TLSv1, TLSv1.0, TLSv1.1, TLSv1.2, TLSv1.3 in any case. */
    public static Optional<TlsVersion> parse(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "sslv2" -> Optional.of(SSLV2);
            case "sslv3" -> Optional.of(SSLV3);
            case "tlsv1", "tlsv1.0" -> Optional.of(TLSV1);
            case "tlsv1.1" -> Optional.of(TLSV1_1);
            case "tlsv1.2" -> Optional.of(TLSV1_2);
            case "tlsv1.3" -> Optional.of(TLSV1_3);
            default -> Optional.empty();
        };
    }
}
