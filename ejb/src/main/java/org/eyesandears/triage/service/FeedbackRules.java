package org.eyesandears.triage.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eyesandears.agency.model.FeedbackLevel;
import org.eyesandears.referral.model.OutcomeCategory;
import org.eyesandears.referral.model.Usefulness;
import org.eyesandears.shared.validation.InvalidInputException.Violation;

/**
 * What feedback an agency may give back, by its feedback level: FULL allows usefulness, an
 * outcome and a comment; OUTCOME_ONLY an outcome alone; RECEIVED_ACTIONED only "received" or
 * "actioned" (HMRC).
 */
public final class FeedbackRules {

    private static final Set<OutcomeCategory> LIMITED = EnumSet.of(OutcomeCategory.RECEIVED, OutcomeCategory.ACTIONED);

    private FeedbackRules() {
    }

    /** The outcomes a desk of this level may choose. */
    public static Set<OutcomeCategory> outcomes(FeedbackLevel level) {
        return level == FeedbackLevel.RECEIVED_ACTIONED ? EnumSet.copyOf(LIMITED) : EnumSet.complementOf(EnumSet.copyOf(LIMITED));
    }

    public static boolean allowsUsefulness(FeedbackLevel level) {
        return level == FeedbackLevel.FULL;
    }

    public static boolean allowsComment(FeedbackLevel level) {
        return level == FeedbackLevel.FULL;
    }

    static List<Violation> check(FeedbackLevel level, Usefulness usefulness, OutcomeCategory outcome, String comment) {
        List<Violation> v = new ArrayList<>();
        if (outcome == null) {
            v.add(new Violation("outcomeCategory", "Choose the outcome."));
        } else if (!outcomes(level).contains(outcome)) {
            v.add(new Violation("outcomeCategory", level == FeedbackLevel.RECEIVED_ACTIONED
                    ? "Your agency may only say that the referral was received or actioned."
                    : "Received or actioned is for agencies that may say no more; choose what happened."));
        }
        if (usefulness != null && !allowsUsefulness(level)) {
            v.add(new Violation("usefulness", "Your agency may not say how useful the referral was."));
        }
        if (usefulness == null && allowsUsefulness(level)) {
            v.add(new Violation("usefulness", "Say how useful the referral was."));
        }
        if (comment != null && !comment.isBlank()) {
            if (!allowsComment(level)) {
                v.add(new Violation("comment", "Your agency may not send a comment with its feedback."));
            } else if (comment.length() > 2000) {
                v.add(new Violation("comment", "At most 2000 characters."));
            }
        }
        return v;
    }
}
