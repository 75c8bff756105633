package org.eyesandears.retention.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.eyesandears.audit.model.AuditObject;
import org.eyesandears.audit.model.AuditOperation;
import org.eyesandears.audit.service.AuditService;
import org.eyesandears.referral.service.DraftService;
import org.eyesandears.shared.config.Settings;
import org.eyesandears.shared.schedule.JobLeases;
import org.eyesandears.shared.time.London;

/**
 * Every night, flags the referrals, visits and source records whose review date has come for their
 * agency's review queue, and deletes unsent concern-card drafts not saved for
 * {@code DRAFT_RETENTION_DAYS} (30 by default): a draft was never sent, so nobody else has seen it
 * and there is nothing to review.
 */
@Singleton
public class RetentionJob {

    static final int DEFAULT_DRAFT_DAYS = 30;

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    /** What one run did. */
    public record Run(int referrals, int items, int draftsDeleted) {

        /** Referrals, visits and source records newly flagged. */
        public int marked() {
            return referrals + items;
        }
    }

    @Inject
    ReviewDates dates;

    @Inject
    DraftService drafts;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    JobLeases leases;

    @Schedule(hour = "1", minute = "15", persistent = false, info = "retention review marking")
    void nightly() {
        if (!leases.take("retention-marking", Duration.ofHours(6))) {
            return;
        }
        Run run = runOnce();
        LOG.info(() -> "Retention review: " + run.referrals() + " referral(s) and " + run.items()
                + " visit(s) or source record(s) now due for review; " + run.draftsDeleted()
                + " unsent draft(s) deleted");
    }

    /** Marks what is due and deletes old drafts, each deletion audited as an erasure of the user's draft. */
    public Run runOnce() {
        int referrals = dates.markDue(London.today(clock));
        int items = dates.markItemsDue(London.today(clock));
        int days = draftDays();
        Instant cutoff = clock.instant().minus(Duration.ofDays(days));
        List<String> owners = drafts.deleteSavedBefore(cutoff);
        owners.forEach(owner -> audit.record(AuditOperation.ERASURE, AuditObject.REFERRAL_DRAFT, owner,
                "unsent draft deleted after " + days + " days", null));
        return new Run(referrals, items, owners.size());
    }

    /** {@code DRAFT_RETENTION_DAYS}: how long an unsent draft is kept after it was last saved. */
    static int draftDays() {
        String value = Settings.get("DRAFT_RETENTION_DAYS");
        if (value == null) {
            return DEFAULT_DRAFT_DAYS;
        }
        try {
            int days = Integer.parseInt(value);
            if (days >= 1) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("DRAFT_RETENTION_DAYS must be a positive whole number, not " + value);
    }
}
