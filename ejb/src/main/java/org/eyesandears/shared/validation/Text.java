package org.eyesandears.shared.validation;

/**
 * What typed text may hold once it reaches a service: no NUL or other control characters but tab
 * and line feed (a carriage return, alone or before a line feed, becomes one line feed), and no
 * bidirectional overrides, embeddings or isolates (U+202A-U+202E, U+2066-U+2069), which can make
 * an observation or a file name read differently from what is stored ("Trojan Source"). Every
 * text field typed on a page ({@code TextInputConverter}) or sent to the API
 * ({@code CleanTextJson}) passes through here, so no service has to remember it.
 */
public final class Text {

    private Text() {
    }

    /** The text without the characters above; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean keep = !(c < 0x20 && c != '\t' && c != '\n' || c == 0x7f || c >= 0x80 && c < 0xa0
                    || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069);
            if (keep && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            if (keep) {
                out.append(c);
            } else if (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n')) {
                out.append('\n');
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The text cut to at most {@code max} characters (code points, so no character is split), an
     * ellipsis marking a cut: for names inside messages that have a size limit.
     */
    public static String cut(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
