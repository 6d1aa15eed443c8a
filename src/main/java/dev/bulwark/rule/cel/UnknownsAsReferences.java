package dev.bulwark.rule.cel;

import dev.bulwark.model.UnknownKind;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which unknown values a rule reads as a reference string {@code ${address.attribute}} instead of an
 * unknown: the rule declares that its verdict is the same for every value they may turn out to be.
 * With {@code computed}, every value a provider computes or a data source reads (an id, an ARN: one
 * resource's own value, never a wildcard or a literal the rule looks for); with {@code kinds}, every
 * unknown of those kinds (the CIDR of a VPC is never a /0). A string known in part is a reference
 * when each of its unknown pieces is, keeping its known text: {@code ${aws_s3_bucket.b.arn}/*}.
 */
public record UnknownsAsReferences(boolean computed, Set<UnknownKind> kinds) {
    public static final UnknownsAsReferences NONE = new UnknownsAsReferences(false, Set.of());
    public static final UnknownsAsReferences COMPUTED = new UnknownsAsReferences(true, Set.of());

    public UnknownsAsReferences {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    static UnknownsAsReferences of(boolean computed) {
        return computed ? COMPUTED : NONE;
    }

    boolean none() {
        return !computed && kinds.isEmpty();
    }

    /** The reference string standing for {@code u}, or null when it stays unknown. */
    String reference(Value.Unknown u) {
        if (none()) return null;
        if (u.parts() != null) {
            StringBuilder text = new StringBuilder();
            for (Value piece : u.parts()) {
                if (piece instanceof Value.Str s) {
                    text.append(s.value());
                } else {
                    String r = reference((Value.Unknown) piece);
                    if (r == null) return null;
                    text.append(r);
                }
            }
            return text.toString();
        }
        boolean byReason = computed && (u.reason() == UnknownReason.COMPUTED || u.reason() == UnknownReason.DATA_SOURCE
                || u.reason() == UnknownReason.DATA_SOURCE_AT_APPLY);
        boolean byKind = u.kind() != null && kinds.contains(u.kind());
        return byReason || byKind ? "${" + u.detail() + "}" : null;
    }

    /** Tells apart the converted inputs of rules that read unknowns differently. */
    String key() {
        if (none()) return "";
        return (computed ? "computed" : "") + kinds.stream().map(UnknownKind::id).sorted().collect(Collectors.joining(",", "+", ""));
    }
}
