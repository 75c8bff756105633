package org.eyesandears.linkage.cli;

/** A mistake in the command line or its files, reported to the user with the usage text. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
