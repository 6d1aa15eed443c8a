package dev.bulwark.source.terraform.types;

/** A value that does not convert to a type: where inside the value, what was expected, what was given. */
public final class TypeMismatch extends Exception {
    public final String path;
    public final String expected;
    public final String given;

    TypeMismatch(String path, String expected, String given) {
        super("at " + path + " " + expected + " is required, but the given value is " + given);
        this.path = path;
        this.expected = expected;
        this.given = given;
    }
}
