package dev.bulwark.source.terraform.modules;

/** A module that could not be fetched, with a message a user can act on (never a stack trace). */
public final class FetchException extends Exception {
    public FetchException(String message) {
        super(message);
    }
}
