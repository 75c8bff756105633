package org.eyesandears.shared.validation;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * Input a service refused, with a message per offending field, for the API's 400 body and the
 * pages' field messages alike. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One refused field: its name (dotted path, e.g. "newBusiness.postcode") and why. */
    public record Violation(String field, String message) implements java.io.Serializable {
    }

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are missing or invalid");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
