package dev.bulwark.finding;

/** How a finding stands against a baseline: new in this run, existing in both, or absent (only in the baseline: fixed or gone). */
public enum BaselineState {
    NEW("new"), EXISTING("existing"), ABSENT("absent");

    /** The word used in JSON and on the console. */
    public final String word;

    BaselineState(String word) {
        this.word = word;
    }
}
