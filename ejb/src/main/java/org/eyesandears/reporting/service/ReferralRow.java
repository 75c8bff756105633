package org.eyesandears.reporting.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eyesandears.referral.model.HandlingCode;
import org.eyesandears.referral.model.Referral;

/**
 * One referral behind an officer's or a team's figure: reference, business, author, team and when;
 * the handling conditions when graded C, the day it was erased when it is a tombstone.
 */
public record ReferralRow(long id, String reference, String business, String author, String team,
                          Instant submittedAt, String handlingConditions, LocalDate erasedOn) {

    /** As the drill-down query selects it: the grading's handling code and conditions, the erasure time. */
    public ReferralRow(long id, String reference, String business, String author, String team, Instant submittedAt,
                       HandlingCode handling, String conditions, Instant erasedAt) {
        this(id, reference, business, author, team, submittedAt, Referral.handlingConditions(handling, conditions),
                Referral.erasedOn(erasedAt));
    }
}
