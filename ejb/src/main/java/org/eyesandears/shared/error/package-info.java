/**
 * The refusals every context's services raise, one type each, so pages and the API answer them
 * one way: {@link org.eyesandears.shared.error.NotFoundException} (404, "not there for you"),
 * {@link org.eyesandears.shared.error.ConcurrentChangeException} (409, someone changed it meanwhile)
 * and, elsewhere in shared, {@link org.eyesandears.shared.validation.InvalidInputException} (400 with
 * field messages) and {@link org.eyesandears.shared.error.AccessDeniedException} (403), which services
 * throw for agency checks and which extends the container's {@link jakarta.ejb.EJBAccessException},
 * raised for {@code @RolesAllowed}, so both are one refusal. See ADR 0022 and ADR 0026.
 */
package org.eyesandears.shared.error;
