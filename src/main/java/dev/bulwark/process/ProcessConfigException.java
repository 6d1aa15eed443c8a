package dev.bulwark.process;

/** A {@code .bulwark.yaml} whose systems, cadences or documents cannot be used; the message names file, line, key and what is expected. */
public final class ProcessConfigException extends Exception {
    public ProcessConfigException(String message) {
        super(message);
    }
}
