/**
 * The refusals every context's services raise, one type each, so pages and the API answer them
 * one way: {@link org.eyesandears.shared.error.NotFoundException} (404, "not there for you"),
 * {@link org.eyesandears.shared.error.ConcurrentChangeException} (409, someone changed it meanwhile)
 * and, elsewhere in shared, {@link org.eyesandears.shared.validation.InvalidInputException} (400 with
 * field messages). Access denied is the container's {@link jakarta.ejb.EJBAccessException}, raised
 * for {@code @RolesAllowed} and thrown by services for agency checks. See ADR 0022.
 */
package org.eyesandears.shared.error;
