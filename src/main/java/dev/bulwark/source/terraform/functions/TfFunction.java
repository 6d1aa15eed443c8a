package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import java.util.List;

/** One Terraform function, called with already evaluated arguments. */
@FunctionalInterface
public interface TfFunction {
    /**
     * Calls the function. Never throws anything but {@link FunctionException}; unknown inputs give an
     * unknown result instead of an error.
     */
    Value call(List<Value> args) throws FunctionException;
}
