package org.eyesandears.business.linking.service;

import java.time.Instant;
import java.util.List;

/** A candidate pair in the review queue: both records side by side and the explanation. */
public record PairView(long id, String status, double probability, double matchWeight, String summary,
                       RecordView record, RecordView candidate, List<ExplanationStep> steps, Instant createdAt,
                       String decidedBy, Instant decidedAt) {

    public PairView {
        steps = List.copyOf(steps);
    }

    public String percent() {
        return String.format(java.util.Locale.UK, "%.1f%%", 100 * probability);
    }
}
