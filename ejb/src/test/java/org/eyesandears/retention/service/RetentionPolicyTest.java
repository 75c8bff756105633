package org.eyesandears.retention.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    @Test
    void lastActivityIsTheLatestOfSubmissionAndRoutingWork() {
        Instant submitted = Instant.parse("2020-03-01T10:00:00Z");
        Instant feedback = Instant.parse("2021-07-09T15:00:00Z");
        assertEquals(feedback, RetentionPolicy.lastActivity(submitted, null,
                Instant.parse("2020-03-02T09:00:00Z"), feedback, null));
        assertEquals(submitted, RetentionPolicy.lastActivity(submitted));
    }

    @Test
    void reviewDateIsTheAgencysYearsAfterLastActivityOnTheLondonCalendar() {
        // 23:30 UTC on 30 June is already 1 July in London (BST).
        Instant lateEvening = Instant.parse("2021-06-30T23:30:00Z");
        assertEquals(LocalDate.of(2027, 7, 1), RetentionPolicy.reviewDate(lateEvening, 6, null));
        assertEquals(LocalDate.of(2023, 7, 1), RetentionPolicy.reviewDate(lateEvening, 2, null));
    }

    @Test
    void aDateSetWhenKeepingWins() {
        LocalDate kept = LocalDate.of(2030, 1, 31);
        assertEquals(kept, RetentionPolicy.reviewDate(Instant.parse("2021-06-30T10:00:00Z"), 6, kept));
    }

    @Test
    void dueOnAndAfterTheReviewDate() {
        LocalDate review = LocalDate.of(2027, 7, 1);
        assertFalse(RetentionPolicy.isDue(review, review.minusDays(1)));
        assertTrue(RetentionPolicy.isDue(review, review));
        assertTrue(RetentionPolicy.isDue(review, review.plusDays(1)));
    }
}
