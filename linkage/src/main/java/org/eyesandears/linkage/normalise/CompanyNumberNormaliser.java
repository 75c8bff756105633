package org.eyesandears.linkage.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Companies House numbers to their 8-character form: digits only are left-padded with zeros
 * ("1234567" -> "01234567"), and a two-character prefix (SC, NI, OC, SO, NC, R0, LP, SL, FC ...) is
 * followed by zero-padded digits to make 8 ("SC 1234" -> "SC001234"). Numbers from other registers
 * that fit neither shape are kept as upper-case letters and digits so they still compare exactly.
 */
public final class CompanyNumberNormaliser {

    private static final Pattern PREFIXED = Pattern.compile("^([A-Z][A-Z0-9])([0-9]{1,6})$");
    private static final Pattern DIGITS = Pattern.compile("^[0-9]{1,8}$");

    private CompanyNumberNormaliser() {
    }

    /**
     * Normalises a company registration number.
     *
     * @param raw number as typed, may be null
     * @return canonical number, or null when blank or all zeros
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
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
        if (DIGITS.matcher(s).matches()) {
            if (Long.parseLong(s) == 0) {
                return null;
            }
            return "0".repeat(8 - s.length()) + s;
        }
        Matcher m = PREFIXED.matcher(s);
        if (m.matches() && !Character.isDigit(m.group(1).charAt(0))) {
            String digits = m.group(2);
            return m.group(1) + "0".repeat(6 - digits.length()) + digits;
        }
        return s;
    }
}
