package org.eyesandears.linkage.normalise;

import java.util.List;

/** Town or locality names: folded, punctuation removed, "Saint"/"St" unified. */
public final class TownNormaliser {

    private TownNormaliser() {
    }

    /**
     * Normalises a town name.
     *
     * @param raw town as typed, may be null
     * @return lower-case words, or null when blank
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        List<String> tokens = Text.tokens(Text.fold(raw), "", false);
        if (tokens.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String t : tokens) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.equals("st") ? "saint" : t);
        }
        return b.toString();
    }
}
