package org.eyesandears.linkage.normalise;

import java.util.List;

/**
 * Town or locality names: folded, punctuation removed, "Saint"/"St" unified, and the word "city"
 * dropped where it only says the place is a city ("New York City", "City of Westminster"), so the
 * common ways of writing one place agree. Which district lies in which town is not known here: the
 * comparison treats one name inside the other as similar, and the model learns how little a town
 * is worth.
 */
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
        if (tokens.size() > 1 && tokens.get(tokens.size() - 1).equals("city")) {
            tokens = tokens.subList(0, tokens.size() - 1);
        } else if (tokens.size() > 2 && tokens.get(0).equals("city") && tokens.get(1).equals("of")) {
            tokens = tokens.subList(2, tokens.size());
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
