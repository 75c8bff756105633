package org.eyesandears.linkage.explain;

/**
 * One bar of the waterfall.
 *
 * @param label "prior" or the field key
 * @param valueA first record's value as compared, or null
 * @param valueB second record's value as compared, or null
 * @param level agreement level label ("exact", "different", "missing"), or null for the prior
 * @param weight weight this step added (negative: took away)
 * @param tfAdjustment part of {@code weight} due to the value's rarity (0 if none)
 * @param runningTotal match weight after this step
 * @param text plain-English wording for the user interface
 */
public record Step(String label, String valueA, String valueB, String level, double weight,
        double tfAdjustment, double runningTotal, String text) {
}
