package org.eyesandears.linkage.normalise;

import java.util.regex.Pattern;

/**
 * Phone numbers to digits in national form, so that "+44 20 7946 0000", "0044 (0)20 7946 0000" and
 * "020 7946 0000" all read "2079460000". UK (+44) and North American (+1) country codes and the
 * national trunk prefix "0" are removed; other international numbers keep their country code after
 * the "00" or "+" is dropped. Extensions ("ext 12", "x12") are ignored.
 */
public final class PhoneNormaliser {

    private static final Pattern EXTENSION = Pattern.compile("(?i)\\s*(ext\\.?|extn\\.?|extension|x)\\s*\\d+\\s*$");

    /** Shortest digit string still worth comparing: a 6-digit local number in a small town. */
    public static final int MIN_DIGITS = 6;

    /** Digits compared when one number was written without its area code. */
    public static final int LOCAL_DIGITS = 7;

    private PhoneNormaliser() {
    }

    /**
     * Normalises a phone number.
     *
     * @param raw phone number as typed, may be null
     * @return national-form digits, or null when fewer than {@link #MIN_DIGITS} digits remain
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == 'x' || c == 'X' || c == 'e' || c == 'E') {
                // Only numbers with an extension marker pay for the regular expression.
                s = EXTENSION.matcher(raw).replaceFirst("");
                break;
            }
        }
        // "(0)" is the UK way of writing an optional trunk prefix next to a country code.
        s = s.replace("(0)", "");
        boolean international = s.strip().startsWith("+");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        String d = b.toString();
        if (!international && d.startsWith("00")) {
            international = true;
            d = d.substring(2);
        }
        if (international) {
            if (d.startsWith("44")) {
                d = d.substring(2);
            } else if (d.startsWith("1") && d.length() == 11) {
                d = d.substring(1);
            }
        } else if (d.length() == 11 && d.startsWith("1")) {
            // North American numbers written with the long-distance "1" prefix.
            d = d.substring(1);
        }
        while (d.startsWith("0")) {
            d = d.substring(1);
        }
        return d.length() < MIN_DIGITS ? null : d;
    }

    /**
     * The last {@link #LOCAL_DIGITS} digits: the part of a number that survives when one source
     * leaves out the area code. Used for blocking and the "same local number" level.
     *
     * @param normalised output of {@link #normalise(String)}
     * @return local part, or null
     */
    public static String local(String normalised) {
        if (normalised == null) {
            return null;
        }
        return normalised.length() <= LOCAL_DIGITS ? normalised
                : normalised.substring(normalised.length() - LOCAL_DIGITS);
    }
}
