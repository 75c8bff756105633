package org.eyesandears.linkage.normalise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Low-level text folding shared by the field normalisers. */
public final class Text {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Text() {
    }

    /**
     * Lower-cases, strips accents and maps letters that do not decompose (ß, æ, ø, ł ...) to ASCII,
     * so that "Café Zoë" and "CAFE ZOE" fold to the same text.
     *
     * @param value raw text, may be null
     * @return folded text, never null
     */
    public static String fold(String value) {
        if (value == null) {
            return "";
        }
        boolean ascii = true;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        String s = value;
        if (!ascii) {
            // Lower-case first as well as last: some capitals (U+1E9E) only lower-case into a
            // letter that the mapping below handles.
            s = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
            s = COMBINING_MARKS.matcher(s).replaceAll("");
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case 'ß' -> b.append("ss");
                    case 'æ', 'Æ' -> b.append("ae");
                    case 'œ', 'Œ' -> b.append("oe");
                    case 'ø', 'Ø' -> b.append('o');
                    case 'ł', 'Ł' -> b.append('l');
                    case 'đ', 'Đ', 'ð', 'Ð' -> b.append('d');
                    case 'þ', 'Þ' -> b.append("th");
                    // Typographic quotes and dashes become their ASCII forms so punctuation rules apply.
                    case '\u2018', '\u2019', '\u201B', '\u02BC' -> b.append('\'');
                    case '\u201C', '\u201D' -> b.append('"');
                    case '\u2013', '\u2014', '\u2212' -> b.append('-');
                    case '\u00A0' -> b.append(' ');
                    default -> b.append(c);
                }
            }
            s = b.toString();
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * Splits folded text into word tokens: letters and digits are kept, apostrophes are dropped
     * without a break ("children's" -> "childrens"), anything else separates tokens. A lone "s"
     * left by a mangled apostrophe ("children?s") is glued back onto the word before it, and runs of
     * single letters ("a b c", "n v") are joined into one initialism.
     *
     * @param folded text already passed through {@link #fold(String)}
     * @param keepChars extra characters to keep inside tokens (e.g. "-/" for house-number ranges)
     * @return tokens, possibly empty
     */
    public static List<String> tokens(String folded, String keepChars) {
        return tokens(folded, keepChars, true);
    }

    /**
     * As {@link #tokens(String, String)}, optionally without joining single letters, which in
     * addresses are usually compass points ("N", "S") rather than initials.
     *
     * @param folded folded text
     * @param keepChars extra characters kept inside tokens
     * @param joinInitials whether runs of single letters become one token
     * @return tokens, possibly empty
     */
    public static List<String> tokens(String folded, String keepChars, boolean joinInitials) {
        List<String> raw = new ArrayList<>();
        // Whether each token was joined to the one before by a single non-space character
        // ("children?s"), which is how a mangled apostrophe looks; "Acme S.p.A." has a space.
        List<Boolean> attached = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int start = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) || keepChars.indexOf(c) >= 0) {
                if (cur.length() == 0) {
                    start = i;
                }
                cur.append(c);
            } else if (c == '\'' || c == '`') {
                // apostrophes join: "o'neill" -> "oneill"
                continue;
            } else if (cur.length() > 0) {
                raw.add(cur.toString());
                attached.add(start >= 2 && !Character.isWhitespace(folded.charAt(start - 1))
                        && Character.isLetterOrDigit(folded.charAt(start - 2)));
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            raw.add(cur.toString());
            attached.add(start >= 2 && !Character.isWhitespace(folded.charAt(start - 1))
                    && Character.isLetterOrDigit(folded.charAt(start - 2)));
        }
        List<String> out = new ArrayList<>(raw.size());
        StringBuilder initials = new StringBuilder();
        for (int k = 0; k < raw.size(); k++) {
            String t = raw.get(k);
            if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
                if (t.equals("s") && attached.get(k) && initials.length() == 0 && !out.isEmpty()
                        && out.get(out.size() - 1).length() > 1
                        && Character.isLetter(out.get(out.size() - 1).charAt(0))) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + "s");
                    continue;
                }
                if (joinInitials) {
                    initials.append(t);
                    continue;
                }
            }
            if (initials.length() > 0) {
                out.add(initials.toString());
                initials.setLength(0);
            }
            out.add(t);
        }
        if (initials.length() > 0) {
            out.add(initials.toString());
        }
        return out;
    }

    /**
     * Returns null for blank text and the trimmed text otherwise, so "missing" has one form.
     *
     * @param value raw text
     * @return trimmed text or null
     */
    public static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String t = value.strip();
        return t.isEmpty() ? null : t;
    }
}
