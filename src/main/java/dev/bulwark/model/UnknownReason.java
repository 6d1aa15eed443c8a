package dev.bulwark.model;

/** Why a value is unknown. Rules report these instead of guessing a result. */
public enum UnknownReason {
    UNSET_VARIABLE("variable has no value"),
    /** Terraform reads the data source while planning, from the live account Bulwark does not query. */
    DATA_SOURCE("read from a data source at plan time"),
    /** The data source's arguments (or its depends_on) wait for apply, so Terraform reads it only then. */
    DATA_SOURCE_AT_APPLY("read from a data source at apply time, when its arguments are known"),
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
