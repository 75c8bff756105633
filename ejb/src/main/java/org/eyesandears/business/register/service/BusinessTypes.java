package org.eyesandears.business.register.service;

import java.util.Arrays;
import java.util.List;

import org.eyesandears.business.model.BusinessType;

/** The register's kinds of business, for pages' and forms' choices: code and words. */
public final class BusinessTypes {

    /** One choice: {@code CAR_WASH}, "Car wash or valet". */
    public record Option(String code, String label) {
    }

    private static final List<Option> ALL = Arrays.stream(BusinessType.values())
            .map(t -> new Option(t.name(), t.label())).toList();

    private BusinessTypes() {
    }

    public static List<Option> all() {
        return ALL;
    }

    /** A type chosen in a filter or form: its code, or null (any type) when none was chosen. */
    public static String chosen(String code) {
        return code == null || code.isBlank() ? null : code;
    }

    /** The words for a code, or null for null or an unknown code. */
    public static String label(String code) {
        return BusinessType.ofCode(code).map(BusinessType::label).orElse(null);
    }

    /** The code as the register stores it, or null for blank; an unknown code is refused by the caller. */
    static BusinessType parse(String code) {
        return BusinessType.ofCode(code).orElse(null);
    }
}
