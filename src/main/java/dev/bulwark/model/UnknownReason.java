package dev.bulwark.model;

/** Why a value is unknown. Rules report these instead of guessing a result. */
public enum UnknownReason {
    UNSET_VARIABLE("variable has no value"),
    DATA_SOURCE("read from a data source at apply time"),
    COMPUTED("computed by the provider at apply time"),
    REMOTE_MODULE("defined in a remote module that is not available locally"),
    UNSUPPORTED_FUNCTION("uses a function Bulwark does not evaluate"),
    EVALUATION_ERROR("expression could not be evaluated"),
    CYCLE("depends on itself"),
    UNKNOWN_INPUT("derived from an unknown value");

    public final String description;

    UnknownReason(String description) {
        this.description = description;
    }
}
