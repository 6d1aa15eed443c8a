package dev.bulwark.rule.cel.plan;

/** What a CEL function needs of its arguments, in words a rule's user reads. */
public final class Needs {
    private Needs() {}

    /** What a function needs of its arguments, in words a rule's user reads. */
    public static String of(String function) {
        return switch (function) {
            case "_[_]" -> "an element at that position or key";
            case "_<_", "_<=_", "_>_", "_>=_", "int", "double", "uint", "_-_", "_*_", "_/_", "_%_" -> "a number";
            case "matches", "contains", "startsWith", "endsWith", "wildcard_match", "lowerAscii", "upperAscii", "split", "replace", "trim"
                    -> "a string";
            case "string" -> "a value that reads as text";
            case "size" -> "a string, a list or an object";
            case "_+_" -> "a value of the same kind as the one it is joined to";
            default -> "a value that " + function + " takes";
        };
    }
}
