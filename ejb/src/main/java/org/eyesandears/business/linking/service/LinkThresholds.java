package org.eyesandears.business.linking.service;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.eyesandears.shared.config.Settings;

/**
 * The two match probabilities that decide what happens to a new or changed source record: at or
 * above {@code upper} it is linked automatically; from {@code lower} up to {@code upper} the pair
 * goes to the review queue; below {@code lower} the record starts a business of its own.
 * Configured by {@code LINKAGE_UPPER_THRESHOLD} and {@code LINKAGE_LOWER_THRESHOLD} (environment
 * variables or system properties, see {@link Settings}); defaults 0.999 and 0.3 (see
 * docs/linkage.md for why).
 */
public record LinkThresholds(double upper, double lower) {

    public static final double DEFAULT_UPPER = 0.999;
    public static final double DEFAULT_LOWER = 0.3;

    /** What to do with a record, given the best match probability found for it. */
    public enum Verdict {
        LINK, REVIEW, NEW_BUSINESS
    }

    public LinkThresholds {
        if (!(lower > 0 && lower < upper && upper < 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "linkage thresholds must satisfy 0 < lower < upper < 1, got lower %s and upper %s",
                    lower, upper));
        }
    }

    /** The thresholds this server runs with. */
    public static LinkThresholds configured() {
        return from(name -> Settings.get("LINKAGE_" + name.toUpperCase(Locale.ROOT) + "_THRESHOLD"));
    }

    /** Reads "upper" and "lower" through {@code setting}; a blank or missing one takes its default. */
    static LinkThresholds from(UnaryOperator<String> setting) {
        return new LinkThresholds(parse(setting.apply("upper"), DEFAULT_UPPER, "upper"),
                parse(setting.apply("lower"), DEFAULT_LOWER, "lower"));
    }

    private static double parse(String value, double fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("linkage " + name + " threshold is not a number: " + value, e);
        }
    }

    public Verdict verdict(double probability) {
        if (probability >= upper) {
            return Verdict.LINK;
        }
        return probability >= lower ? Verdict.REVIEW : Verdict.NEW_BUSINESS;
    }

    /** "99%" / "60%": for pages. */
    public String upperPercent() {
        return percent(upper);
    }

    public String lowerPercent() {
        return percent(lower);
    }

    private static String percent(double p) {
        String s = String.format(Locale.ROOT, "%.1f", p * 100);
        return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + "%";
    }
}
