package org.eyesandears.retention.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral as the retention review sees it: enough to decide, no intelligence content. Like every
 * list of referrals it carries the handling conditions when graded C, and the day it was erased
 * when it is a tombstone; for an erased referral, also who erased it, when and why.
 */
public record ReviewItem(String reference, String authorAgency, String businessName, LocalDate visitDate,
                         Instant submittedAt, Instant lastActivity, int retentionYears, LocalDate reviewDate,
                         boolean due, List<String> routings, String keptBy, Instant keptAt, String keptReason,
                         Instant erasedAt, String erasedBy, String erasureReason, String handlingConditions,
                         LocalDate erasedOn) implements Serializable {

    public ReviewItem {
        routings = List.copyOf(routings);
    }
}
