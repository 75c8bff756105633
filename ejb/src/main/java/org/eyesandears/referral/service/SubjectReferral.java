package org.eyesandears.referral.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral that names the subject of an access request: where it came from, the business it
 * is about, and what in it matched (the business's name, or the people named, with their category);
 * the handling conditions when graded C, the day it was erased when it is a tombstone.
 */
public record SubjectReferral(String reference, Instant submittedAt, String authorAgency, String business,
                              boolean businessMatched, List<String> peopleMatched, String handlingConditions,
                              LocalDate erasedOn) implements Serializable {
}
