package org.eyesandears.business.imports.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agency's rule for which of its dataset's records are adverse (ADR 0032): a list of values, any
 * of which in the record's type, status or rating makes it adverse, compared without case, and
 * whole-number ranges for ratings ({@code "0-2, Enforcement, Failed"}: food-hygiene ratings 0, 1
 * and 2, an enforcement record, a failed inspection). An empty rule finds nothing adverse: a
 * register of premises is not a list of concerns.
 *
 * @param values the adverse values, lower case, ranges spelt out
 */
public record AdverseRule(Set<String> values) {

    /** Longest range spelt out ("0-100" is the widest rating scale met). */
    static final int MAX_RANGE = 101;
    private static final Pattern RANGE = Pattern.compile("(\\d{1,4})\\s*-\\s*(\\d{1,4})");

    public static final AdverseRule NONE = new AdverseRule(Set.of());

    public AdverseRule {
        values = Set.copyOf(values);
    }

    /**
     * Reads the rule as the analyst wrote it.
     *
     * @throws IllegalArgumentException with a message for the analyst
     */
    public static AdverseRule parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : text.split("[,;]")) {
            String item = part.strip().toLowerCase(Locale.UK);
            if (item.isEmpty()) {
                continue;
            }
            Matcher range = RANGE.matcher(item);
            if (range.matches()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                if (to < from || to - from >= MAX_RANGE) {
                    throw new IllegalArgumentException("\"" + part.strip() + "\" is not a range of at most "
                            + MAX_RANGE + " ratings, lowest first");
                }
                for (int i = from; i <= to; i++) {
                    out.add(String.valueOf(i));
                }
            } else if (item.length() > 100) {
                throw new IllegalArgumentException("a value is longer than 100 characters");
            } else {
                out.add(item);
            }
        }
        return new AdverseRule(out);
    }

    /** Whether a record with this type, status and rating is adverse. */
    public boolean adverse(String recordType, String status, String rating) {
        return matches(recordType) || matches(status) || matches(rating);
    }

    private boolean matches(String value) {
        return value != null && values.contains(value.strip().toLowerCase(Locale.UK));
    }

    /** The values for a query's {@code in} list (never empty). */
    public List<String> inList() {
        List<String> list = new ArrayList<>(values);
        if (list.isEmpty()) {
            list.add("\u0000"); // no record holds a NUL: an IN list that matches nothing
        }
        return list;
    }
}
