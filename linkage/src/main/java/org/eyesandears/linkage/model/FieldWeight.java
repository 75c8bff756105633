package org.eyesandears.linkage.model;

/**
 * What one field contributed to a pair's match weight.
 *
 * @param field the field
 * @param valueA the first record's value as compared (normalised), or null
 * @param valueB the second record's value as compared (normalised), or null
 * @param level agreement level index, or {@link Field#NULL} when missing
 * @param baseWeight log2(m/u) of the level; 0 when missing
 * @param tfAdjustment extra weight for agreeing on a rare value (negative for a common one); 0
 *     unless the level is exact
 * @param note why the adjustment is what it is, when its size alone does not say (null otherwise)
 */
public record FieldWeight(Field field, String valueA, String valueB, int level, double baseWeight,
        double tfAdjustment, String note) {

    /**
     * A field's contribution with nothing to add to its adjustment's size.
     *
     * @param field the field
     * @param valueA the first record's value
     * @param valueB the second record's value
     * @param level agreement level index
     * @param baseWeight log2(m/u) of the level
     * @param tfAdjustment extra weight for a rare or common value
     */
    public FieldWeight(Field field, String valueA, String valueB, int level, double baseWeight,
            double tfAdjustment) {
        this(field, valueA, valueB, level, baseWeight, tfAdjustment, null);
    }

    /** @return total weight this field added (negative: took away) */
    public double weight() {
        return baseWeight + tfAdjustment;
    }

    /** @return true when the field was missing on either record */
    public boolean missing() {
        return level == Field.NULL;
    }
}
