package org.eyesandears.shared.error;

import jakarta.ejb.ApplicationException;

/**
 * No such thing, or none the caller may act on: pages and the API answer alike either way, so a
 * caller cannot tell another agency's record from a missing one. The message names the kind of
 * thing for the log; callers are shown a fixed sentence.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param what the kind of thing looked for, e.g. "visit" */
    public NotFoundException(String what) {
        super("No such " + what);
    }
}
