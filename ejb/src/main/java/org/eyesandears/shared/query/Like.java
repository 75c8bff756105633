package org.eyesandears.shared.query;

import java.util.Locale;

/**
 * LIKE patterns for text typed by users: their {@code %} and {@code _} match themselves, not any
 * text. Use with {@code like :p escape '!'} over a lower-cased column.
 */
public final class Like {

    private Like() {
    }

    /** The pattern of any text containing {@code text}, lower-cased. */
    public static String containing(String text) {
        return "%" + literal(text.trim().toLowerCase(Locale.ROOT)) + "%";
    }

    /** The pattern of any text starting with {@code prefix} exactly as given (case kept). */
    public static String startingWith(String prefix) {
        return literal(prefix) + "%";
    }

    private static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
