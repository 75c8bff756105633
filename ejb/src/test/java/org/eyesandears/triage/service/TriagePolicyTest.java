package org.eyesandears.triage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eyesandears.referral.model.RoutingStatus.ACCEPTED;
import static org.eyesandears.referral.model.RoutingStatus.CLOSED;
import static org.eyesandears.referral.model.RoutingStatus.INFO_REQUESTED;
import static org.eyesandears.referral.model.RoutingStatus.IN_REVIEW;
import static org.eyesandears.referral.model.RoutingStatus.NEW;
import static org.eyesandears.referral.model.RoutingStatus.NO_FURTHER_ACTION;
import static org.eyesandears.referral.model.RoutingStatus.REFERRED_ON;

import java.util.EnumSet;
import java.util.Set;

import org.eyesandears.referral.model.RoutingStatus;
import org.junit.jupiter.api.Test;

class TriagePolicyTest {

    /** Every allowed move, and nothing else. */
    private static final Set<String> ALLOWED = Set.of(
            "NEW>IN_REVIEW",
            "IN_REVIEW>ACCEPTED", "IN_REVIEW>INFO_REQUESTED", "IN_REVIEW>REFERRED_ON", "IN_REVIEW>NO_FURTHER_ACTION",
            "INFO_REQUESTED>IN_REVIEW",
            "ACCEPTED>CLOSED", "REFERRED_ON>CLOSED", "NO_FURTHER_ACTION>CLOSED");

    @Test
    void exactlyTheDocumentedMovesAreAllowed() {
        for (RoutingStatus from : RoutingStatus.values()) {
            for (RoutingStatus to : RoutingStatus.values()) {
                assertThat(TriagePolicy.allowed(from, to)).as(from + ">" + to)
                        .isEqualTo(ALLOWED.contains(from + ">" + to));
            }
        }
    }

    @Test
    void refusalsSayWhatIsPossibleInstead() {
        assertThat(TriagePolicy.refusal(NEW, CLOSED, true))
                .isEqualTo("A routing that is new cannot become closed. It can become: in review.");
        assertThat(TriagePolicy.refusal(CLOSED, IN_REVIEW, true)).endsWith("It is closed.");
        assertThat(TriagePolicy.refusal(NEW, IN_REVIEW, false)).isNull();
    }

    @Test
    void closingNeedsFeedbackFirst() {
        assertThat(TriagePolicy.refusal(ACCEPTED, CLOSED, false))
                .isEqualTo("Give the referring officer feedback before closing.");
        assertThat(TriagePolicy.refusal(ACCEPTED, CLOSED, true)).isNull();
    }

    @Test
    void nextListsTheReachableStates() {
        assertThat(TriagePolicy.next(IN_REVIEW))
                .isEqualTo(EnumSet.of(ACCEPTED, INFO_REQUESTED, REFERRED_ON, NO_FURTHER_ACTION));
        assertThat(TriagePolicy.next(CLOSED)).isEmpty();
    }

    @Test
    void closingIsOfferedOnlyOnceFeedbackIsGiven() {
        assertThat(TriagePolicy.possible(ACCEPTED, false)).isEmpty();
        assertThat(TriagePolicy.possible(ACCEPTED, true)).containsExactly(CLOSED);
        assertThat(TriagePolicy.possible(NO_FURTHER_ACTION, false)).isEmpty();
        assertThat(TriagePolicy.possible(IN_REVIEW, false))
                .containsExactlyInAnyOrder(ACCEPTED, INFO_REQUESTED, REFERRED_ON, NO_FURTHER_ACTION);
        for (var from : org.eyesandears.referral.model.RoutingStatus.values()) {
            for (boolean feedback : new boolean[] {false, true}) {
                TriagePolicy.possible(from, feedback)
                        .forEach(to -> assertThat(TriagePolicy.refusal(from, to, feedback)).isNull());
            }
        }
    }
}
