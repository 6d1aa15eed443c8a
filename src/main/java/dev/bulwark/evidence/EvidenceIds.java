package dev.bulwark.evidence;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Record ids are {@code EV-} and the record's position in the chain, e.g. {@code EV-000042}. */
public final class EvidenceIds {
    private static final Pattern LENIENT = Pattern.compile("(?:EV-?)?0*(\\d{1,18})");

    private EvidenceIds() {}

    public static String forSequence(long sequence) {
        return String.format(Locale.ROOT, "EV-%06d", sequence);
    }

    /** Reads what a person types ({@code EV-000042}, {@code ev-42}, {@code 42}) as a canonical id. */
    public static Optional<String> normalise(String typed) {
        Matcher m = LENIENT.matcher(typed.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) return Optional.empty();
        long n = Long.parseLong(m.group(1));
        return n == 0 ? Optional.empty() : Optional.of(forSequence(n));
    }
}
