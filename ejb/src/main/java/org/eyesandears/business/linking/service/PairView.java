package org.eyesandears.business.linking.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A candidate pair in the review queue: both records side by side and the explanation. */
public record PairView(long id, String status, double probability, double matchWeight, String summary,
                       RecordView record, RecordView candidate, List<ExplanationStep> steps, Instant createdAt,
                       String decidedBy, Instant decidedAt) implements Serializable {

    public PairView {
        steps = List.copyOf(steps);
    }

    public String percent() {
        return percent(probability);
    }

    /**
     * A probability as people read it, to one decimal, never "100.0%": no model is certain, and
     * a figure that rounds to 100 would say it is (issue 14).
     *
     * @param probability match probability
     * @return e.g. "87.5%", "over 99.9%"
     */
    public static String percent(double probability) {
        return probability >= 0.9995 ? "over 99.9%" : String.format(java.util.Locale.UK, "%.1f%%", 100 * probability);
    }
}
