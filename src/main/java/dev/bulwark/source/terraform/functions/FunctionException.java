package dev.bulwark.source.terraform.functions;

/**
 * A function call that Terraform would reject, e.g. {@code lookup: argument 1 must be an object or map,
 * got string}. The message names the function but carries no source location: the evaluator adds it.
 */
public final class FunctionException extends Exception {
    public FunctionException(String message) {
        super(message);
    }
}
