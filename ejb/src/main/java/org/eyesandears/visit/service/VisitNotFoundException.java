package org.eyesandears.visit.service;

import jakarta.ejb.ApplicationException;

/** No such visit, or none the caller may act on: the API answers 404 either way. */
@ApplicationException(rollback = true)
public class VisitNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VisitNotFoundException() {
        super("No such visit");
    }
}
