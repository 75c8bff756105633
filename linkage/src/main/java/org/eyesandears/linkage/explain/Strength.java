package org.eyesandears.linkage.explain;

/**
 * Plain-English strength of a piece of evidence, from its weight in bits (log2 of the Bayes
 * factor). Bands: at least 10 bits (over 1000 to 1) very strong, 5 (32 to 1) strong, 2 (4 to 1)
 * moderate, 0.5 weak; within half a bit either way it hardly counts. The same bands apply to
 * every field, so "strong" means the same thing for a phone number as for a name.
 */
public enum Strength {
    /** Weight of at least 10 bits for a match. */
    VERY_STRONG_FOR("very strong evidence of a match"),
    /** At least 5 bits. */
    STRONG_FOR("strong evidence of a match"),
    /** At least 2 bits. */
    MODERATE_FOR("moderate evidence of a match"),
    /** At least 0.5 bits. */
    WEAK_FOR("weak evidence of a match"),
    /** Within half a bit of zero. */
    NEUTRAL("hardly any evidence either way"),
    /** At least 0.5 bits against. */
    WEAK_AGAINST("weak evidence against a match"),
    /** At least 2 bits against. */
    MODERATE_AGAINST("moderate evidence against a match"),
    /** At least 5 bits against. */
    STRONG_AGAINST("strong evidence against a match"),
    /** At least 10 bits against. */
    VERY_STRONG_AGAINST("very strong evidence against a match");

    private final String words;

    Strength(String words) {
        this.words = words;
    }

    /** @return the plain-English phrase */
    public String words() {
        return words;
    }

    /**
     * The band a weight falls in.
     *
     * @param weight weight in bits
     * @return strength
     */
    public static Strength of(double weight) {
        double a = Math.abs(weight);
        if (a < 0.5) {
            return NEUTRAL;
        }
        boolean for_ = weight > 0;
        if (a >= 10) {
            return for_ ? VERY_STRONG_FOR : VERY_STRONG_AGAINST;
        }
        if (a >= 5) {
            return for_ ? STRONG_FOR : STRONG_AGAINST;
        }
        if (a >= 2) {
            return for_ ? MODERATE_FOR : MODERATE_AGAINST;
        }
        return for_ ? WEAK_FOR : WEAK_AGAINST;
    }
}
