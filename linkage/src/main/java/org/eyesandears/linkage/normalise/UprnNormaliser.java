package org.eyesandears.linkage.normalise;

import java.util.regex.Pattern;
/**
 * Unique Property Reference Numbers to plain digits without leading zeros. A UPRN is up to 12
 * digits; anything else (letters, more digits) is not a UPRN and is treated as missing rather than
 * risk a false agreement.
 */
public final class UprnNormaliser {

    private static final Pattern SPREADSHEET_DECIMAL =
            Pattern.compile("[0-9 ]+\\.0+");

    private UprnNormaliser() {
    }

    /**
     * Normalises a UPRN.
     *
     * @param raw UPRN as typed ("000100023336956", "100023336956.0", "10002 3336956")
     * @return digits, or null when blank or not a UPRN
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        // Spreadsheets export big integers as decimals ("100023336956.0").
        if (SPREADSHEET_DECIMAL.matcher(s).matches()) {
            s = s.substring(0, s.indexOf('.'));
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            } else if (c != ' ' && c != '-') {
                return null;
            }
        }
        int z = 0;
        while (z < b.length() && b.charAt(z) == '0') {
            z++;
        }
        String d = b.substring(z);
        return d.isEmpty() || d.length() > 12 ? null : d;
    }
}
