package org.eyesandears.linkage.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A canonical postcode. For UK postcodes {@code value} is "OUTWARD INWARD" ("SW1A 1AA"), {@code
 * outward} the outward code ("SW1A") and {@code inward} the inward code ("1AA"). For numeric postal
 * codes (US ZIP and the many countries with digit-only codes) {@code value} is the digits (ZIP+4
 * cut to the 5-digit ZIP) and {@code outward} the leading digits naming the wider area; {@code
 * inward} is then null. Anything else is kept as upper-case letters and digits with no outward.
 *
 * @param value canonical postcode
 * @param outward the district part used for the "same area" agreement level, or null
 * @param inward the UK inward code, or null
 */
public record Postcode(String value, String outward, String inward) {

    private static final Pattern UK =
            Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?|GIR)([0-9][A-Z]{2})$");

    /**
     * Parses a postcode typed in any case and spacing.
     *
     * @param raw postcode as typed, may be null
     * @return the canonical postcode, or null when blank
     */
    public static Postcode parse(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = Character.toUpperCase(raw.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                b.append(c);
            }
        }
        String s = b.toString();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = UK.matcher(s);
        if (m.matches()) {
            return new Postcode(m.group(1) + " " + m.group(2), m.group(1), m.group(2));
        }
        if (isDigits(s)) {
            if (s.length() == 9) {
                // ZIP+4 typed without its hyphen: the 5-digit ZIP is what other sources record.
                s = s.substring(0, 5);
            }
            String outward = s.length() >= 4 ? s.substring(0, s.length() - 2) : null;
            return new Postcode(s, outward, null);
        }
        return new Postcode(s, null, null);
    }

    /**
     * Finds a postcode at the end of a one-line address ("12 High St, Leeds LS1 4AB", "27
     * Washington Oak Park IL 60302"), so addresses typed with the postcode inline still compare.
     *
     * @param folded address text (any case)
     * @return start index of the trailing postcode in the text, or -1
     */
    static int trailingPostcodeStart(String folded) {
        // A postcode is short: only the tail of the line needs searching.
        int from = Math.max(0, folded.length() - 24);
        Matcher uk = TRAILING_UK.matcher(folded);
        uk.region(from, folded.length());
        uk.useTransparentBounds(true);
        if (uk.find()) {
            return uk.start(1);
        }
        Matcher zip = TRAILING_ZIP.matcher(folded);
        zip.region(from, folded.length());
        zip.useTransparentBounds(true);
        if (zip.find()) {
            return zip.start(1);
        }
        return -1;
    }

    private static final Pattern TRAILING_UK = Pattern.compile(
            "(?i)[\\s,]((?:[a-z]{1,2}[0-9][a-z0-9]?|gir)\\s*[0-9][a-z]{2})[\\s.,]*$");
    // Five digits (optionally ZIP+4) after a word, so a house number alone is never taken for a ZIP.
    private static final Pattern TRAILING_ZIP =
            Pattern.compile("[a-z][\\s,]+([0-9]{5}(?:-[0-9]{4})?)[\\s.,]*$");

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
