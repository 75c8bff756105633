package org.eyesandears.linkage.normalise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Contact (person) names: folded, titles and post-nominals dropped, words sorted so that "Smith,
 * John" and "Mr John Smith" agree.
 */
public final class PersonNameNormaliser {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof",
            "sir", "dame", "rev", "revd", "fr", "sister", "sr", "brother", "br", "jr", "phd", "esq",
            "md", "obe", "mbe", "cbe");

    private PersonNameNormaliser() {
    }

    /**
     * Normalises a person's name.
     *
     * @param raw name as typed, may be null
     * @return sorted lower-case words, or null when blank
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String t : Text.tokens(Text.fold(raw), "", false)) {
            if (!TITLES.contains(t)) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            return null;
        }
        Collections.sort(out);
        return String.join(" ", out);
    }
}
