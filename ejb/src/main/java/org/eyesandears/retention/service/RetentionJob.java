package org.eyesandears.retention.service;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.eyesandears.shared.time.London;

/** Every night, flags the referrals whose review date has come for their agency's review queue. */
@Singleton
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    ReviewDates dates;

    @Inject
    Clock clock;

    @Schedule(hour = "1", minute = "15", persistent = false, info = "retention review marking")
    void nightly() {
        int marked = dates.markDue(London.today(clock));
        LOG.info(() -> "Retention review: " + marked + " referral(s) now due for review");
    }
}
