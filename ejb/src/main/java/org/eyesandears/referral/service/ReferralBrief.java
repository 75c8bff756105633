package org.eyesandears.referral.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral as a visit's briefing shows it to a reader who may see it: what was seen, when, and
 * how it may be handled ({@code conditions} set when graded C, and shown wherever it appears);
 * {@code erasedOn} set when it was erased at its retention review (its content is then blank).
 */
public record ReferralBrief(long id, String reference, LocalDate visitDate, String grading, String conditions,
                            List<String> indicators, String observation, LocalDate erasedOn) implements Serializable {
}
