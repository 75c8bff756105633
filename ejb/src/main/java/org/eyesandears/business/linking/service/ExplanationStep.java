package org.eyesandears.business.linking.service;

import java.io.Serializable;

/**
 * One bar of the waterfall: a field's two values as compared, the agreement level found, the
 * weight it added (negative: took away), the running total, and the plain-English wording.
 */
public record ExplanationStep(String label, String valueA, String valueB, String level, double weight,
                              double tfAdjustment, double runningTotal, String text) implements Serializable {

    public boolean prior() {
        return "prior".equals(label);
    }

    /** "+9.4", "-2.3", "0". */
    public String signedWeight() {
        return weight == 0 ? "0" : String.format(java.util.Locale.UK, "%+.1f", weight);
    }

    public String evidence() {
        if (weight > 0) {
            return "for";
        }
        return weight < 0 ? "against" : "none";
    }
}
