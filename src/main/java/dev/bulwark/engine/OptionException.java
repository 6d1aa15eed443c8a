package dev.bulwark.engine;

/**
 * An option value an operation cannot work with, found only once the configuration was read (an
 * approval mode that needs a file that was not given): the front end reports it as a usage error.
 */
public final class OptionException extends Exception {
    public OptionException(String message) {
        super(message);
    }
}
