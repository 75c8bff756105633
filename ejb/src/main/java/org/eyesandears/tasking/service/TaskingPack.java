package org.eyesandears.tasking.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eyesandears.business.service.BusinessHit;
import org.eyesandears.triage.service.InboxItem;
import org.eyesandears.triage.service.OverdueCount;
import org.eyesandears.triage.service.RequestView;
import org.eyesandears.visit.service.FollowUpItem;
import org.eyesandears.visit.service.VisitSummary;

/**
 * One reader's tasking pack for the week from {@code from}: each list holds only what the reader
 * may see, and is empty for a role it does not concern.
 *
 * @param scope the reader's agency name, or "the partnership"
 * @param newlyShared businesses that became of interest to three or more agencies in the last week
 * @param urgent urgent routings to the reader's agency still open (desks)
 * @param overdue routings to the reader's agency past a due date (desks)
 * @param overdueCounts overdue routings per agency (managers)
 * @param visits visits in the next fortnight the reader's agency takes part in (everyone's, for the partnership)
 * @param followUps the reader's own follow-up tasks
 * @param requests information requests to the reader's agency still open (desks)
 */
public record TaskingPack(String scope, LocalDate from, Instant madeAt, List<BusinessHit> newlyShared,
                          List<InboxItem> urgent, List<InboxItem> overdue, List<OverdueCount> overdueCounts,
                          List<VisitSummary> visits, List<FollowUpItem> followUps, List<RequestView> requests) {

    /** Whether nothing in the pack needs anyone. */
    public boolean quiet() {
        return newlyShared.isEmpty() && urgent.isEmpty() && overdue.isEmpty() && overdueCounts.isEmpty()
                && visits.isEmpty() && followUps.isEmpty() && requests.isEmpty();
    }
}
