package dev.bulwark.source.terraform.modules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module's {@code version} argument: comma-separated conditions that must all hold, each one of
 * {@code = != > >= < <= ~>} (none means {@code =}) and a version. As in {@code terraform init}, a
 * pre-release is chosen only when a condition names it exactly; the newest matching version wins.
 */
public final class VersionConstraint {
    /** Any released version: the constraint of a module call without {@code version}. */
    public static final VersionConstraint ANY = new VersionConstraint("", List.of());

    enum Op {
        EQ("="), NE("!="), GT(">"), GE(">="), LT("<"), LE("<="), PESSIMISTIC("~>");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }
    }

    record Condition(Op op, ModuleVersion version) {
        boolean holds(ModuleVersion v) {
            int c = v.compareTo(version);
            return switch (op) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case GT -> c > 0;
                case GE -> c >= 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case PESSIMISTIC -> pessimistic(v);
            };
        }

        /**
         * {@code ~> 1.2.3}: at least 1.2.3 with 1.2 unchanged; {@code ~> 1.2}: at least 1.2 with 1
         * unchanged; {@code ~> 1}: at least 1. Only the rightmost written segment may grow.
         */
        private boolean pessimistic(ModuleVersion v) {
            if (v.compareTo(version) < 0) return false;
            for (int i = 0; i < version.specified() - 1; i++) {
                if (v.segment(i) != version.segment(i)) return false;
            }
            return true;
        }

        @Override
        public String toString() {
            return op.symbol + " " + version;
        }
    }

    private static final Pattern CONDITION = Pattern.compile("(~>|!=|>=|<=|=|>|<)?\\s*(\\S+)");

    private final String text;
    private final List<Condition> conditions;

    private VersionConstraint(String text, List<Condition> conditions) {
        this.text = text;
        this.conditions = List.copyOf(conditions);
    }

    /** The constraint written as {@code text}; a malformed one is an exception whose message says which part. */
    public static VersionConstraint parse(String text) throws InvalidConstraint {
        List<Condition> out = new ArrayList<>();
        if (text.isBlank()) throw new InvalidConstraint("the version constraint is empty");
        for (String part : text.split(",", -1)) {
            Matcher m = CONDITION.matcher(part.strip());
            ModuleVersion v = m.matches() ? ModuleVersion.parse(m.group(2)) : null;
            if (v == null) {
                throw new InvalidConstraint("\"" + part.strip() + "\" is not a version condition (expected an operator among "
                        + "= != > >= < <= ~> and a version such as 1.2.0)");
            }
            Op op = Op.EQ;
            if (m.group(1) != null) {
                for (Op o : Op.values()) if (o.symbol.equals(m.group(1))) op = o;
            }
            out.add(new Condition(op, v));
        }
        return new VersionConstraint(text.strip(), out);
    }

    public boolean matches(ModuleVersion v) {
        for (Condition c : conditions) if (!c.holds(v)) return false;
        return !v.isPrerelease() || names(v);
    }

    /** True when an exact condition asks for {@code v}: the only way a pre-release is chosen. */
    private boolean names(ModuleVersion v) {
        for (Condition c : conditions) {
            if (c.op() == Op.EQ && c.version().compareTo(v) == 0) return true;
        }
        return false;
    }

    /** The newest of {@code versions} that matches. */
    public Optional<ModuleVersion> newest(Collection<ModuleVersion> versions) {
        ModuleVersion best = null;
        for (ModuleVersion v : versions) {
            if (matches(v) && (best == null || v.compareTo(best) > 0)) best = v;
        }
        return Optional.ofNullable(best);
    }

    List<Condition> conditions() {
        return conditions;
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "any version" : text;
    }

    /** A version constraint that cannot be read. */
    public static final class InvalidConstraint extends Exception {
        public InvalidConstraint(String message) {
            super(message);
        }
    }
}
