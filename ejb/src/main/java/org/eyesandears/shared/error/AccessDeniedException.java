package org.eyesandears.shared.error;

import jakarta.ejb.EJBAccessException;

/**
 * The caller's role or agency does not allow this. Services throw it for the checks a role alone
 * cannot express (an agency manager asking for another agency's figures); {@code @RolesAllowed}
 * raises the container's {@link EJBAccessException}, which this extends, so pages and the API
 * answer both as one refusal (403, "your role or agency does not allow this") and match on the
 * container's type. The message is for the log only: callers are shown a fixed sentence. Like the
 * container's own, it is a system exception: the transaction rolls back (ADR 0026).
 */
public class AccessDeniedException extends EJBAccessException {

    private static final long serialVersionUID = 1L;

    /** @param why what the caller may see instead, for the log */
    public AccessDeniedException(String why) {
        super(why);
    }
}
