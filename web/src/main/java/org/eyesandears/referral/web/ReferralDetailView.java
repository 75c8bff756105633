package org.eyesandears.referral.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.agency.model.FeedbackLevel;
import org.eyesandears.agency.service.AgencyService;
import org.eyesandears.agency.service.AgencySummary;
import org.eyesandears.agency.service.AgreementService;
import org.eyesandears.referral.model.OutcomeCategory;
import org.eyesandears.referral.model.RoutingStatus;
import org.eyesandears.referral.model.Usefulness;
import org.eyesandears.referral.service.ReferralDetail;
import org.eyesandears.referral.service.ReferralQueries;
import org.eyesandears.shared.web.Labels;
import org.eyesandears.shared.web.Messages;
import org.eyesandears.triage.service.FeedbackRules;
import org.eyesandears.triage.service.TriagePolicy;
import org.eyesandears.triage.service.TriageService;
import org.eyesandears.user.web.CurrentUserView;

/**
 * One referral in full, for those who may see it. Anyone else gets "not found", exactly as for a
 * reference never issued.
 */
@Named
@ViewScoped
public class ReferralDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferralQueries queries;

    @Inject
    TriageService triage;

    @Inject
    org.eyesandears.referral.service.ReferralService referralService;

    @Inject
    AgencyService agencyService;

    @Inject
    AgreementService agreementService;

    @Inject
    CurrentUserView currentUser;

    private String reference;
    private ReferralDetail referral;
    private FeedbackLevel feedbackLevel;
    private List<AgencySummary> agencies;
    private List<org.eyesandears.referral.service.BusinessReferral> samePremises;
    private java.util.Map<Long, Boolean> ratings;

    /** The desk's inputs for the caller's agency's routing. */
    private RoutingStatus moveTo;
    private String reason;
    private String referOnAgency;
    private boolean conditionsConfirmed;
    private Usefulness usefulness;
    private OutcomeCategory outcomeCategory;
    private String feedbackComment;
    /** The officer's answers, by routing id. */
    private final java.util.Map<Long, String> answers = new java.util.HashMap<>();

    /** Loads the referral named by the {@code ref} parameter (page action). */
    public void load() throws IOException {
        if (referral != null) {
            return;
        }
        referral = reference == null ? null : queries.find(reference.trim()).orElse(null);
        if (referral == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such referral");
            faces.responseComplete();
        }
    }

    /** Other referrals at the same premises the caller may see; read once per view. */
    public List<org.eyesandears.referral.service.BusinessReferral> getSamePremises() {
        if (samePremises == null) {
            samePremises = referral == null || referral.erasure() != null ? List.of() : queries.atSamePremises(referral.reference());
        }
        return samePremises;
    }

    /** The routing to the caller's own agency, if the caller is its desk. */
    public ReferralDetail.RoutingView getMyRouting() {
        if (referral == null || !currentUser.hasRole("desk") || currentUser.getMe().agency() == null) {
            return null;
        }
        return referral.routings().stream().filter(g -> g.agency().equals(currentUser.getMe().agency()))
                .findFirst().orElse(null);
    }

    public List<RoutingStatus> getNextStatuses() {
        ReferralDetail.RoutingView mine = getMyRouting();
        return mine == null ? List.of()
                : List.copyOf(TriagePolicy.possible(RoutingStatus.valueOf(mine.status()), mine.feedbackAt() != null));
    }

    /**
     * What the caller's agency may disclose back to the referring agency under their sharing
     * agreement; read once per view (the page asks several times).
     */
    public FeedbackLevel getFeedbackLevel() {
        if (feedbackLevel == null) {
            feedbackLevel = agreementService.disclosureLevel(referral.authorAgency(), currentUser.getMe().agency());
        }
        return feedbackLevel;
    }

    public boolean isUsefulnessAllowed() {
        return FeedbackRules.allowsUsefulness(getFeedbackLevel());
    }

    public boolean isCommentAllowed() {
        return FeedbackRules.allowsComment(getFeedbackLevel());
    }

    public List<OutcomeCategory> getOutcomes() {
        return List.copyOf(FeedbackRules.outcomes(getFeedbackLevel()));
    }

    public Usefulness[] getUsefulnessChoices() {
        return Usefulness.values();
    }

    public List<AgencySummary> getAgencies() {
        if (agencies == null) {
            agencies = agencyService.listAgencies();
        }
        return agencies;
    }

    public void move() {
        ReferralDetail.RoutingView mine = getMyRouting();
        act(() -> triage.transition(mine.id(), mine.version(), moveTo, reason, referOnAgency, conditionsConfirmed),
                "Moved to " + (moveTo == null ? "" : Labels.wordsOf(moveTo.name())) + ".");
    }

    public void giveFeedback() {
        ReferralDetail.RoutingView mine = getMyRouting();
        act(() -> triage.giveFeedback(mine.id(), mine.version(), usefulness, outcomeCategory, feedbackComment),
                "Feedback sent to the referring officer.");
    }

    /** The referring officer says whether a routing's feedback was useful (once per routing). */
    public void rateFeedback(long routingId, boolean useful) {
        try {
            referralService.rateFeedback(referral.reference(), routingId, useful);
            Messages.info("Thank you: your answer helps the desks improve their feedback.");
        } finally {
            ratings = null;
        }
    }

    /** The officer's answers about each routing's feedback, by routing id (true: useful). */
    public java.util.Map<Long, Boolean> getRatings() {
        if (ratings == null) {
            ratings = referral == null || referral.erasure() != null ? java.util.Map.of()
                    : queries.feedbackRatings(referral.reference());
        }
        return ratings;
    }

    public void answer(long routingId) {
        act(() -> triage.answer(routingId, answers.get(routingId)), "Answer sent to the desk.");
    }

    /** Runs a change and reloads the referral; refusals become messages through PageErrorHandler. */
    private void act(Runnable change, String done) {
        try {
            change.run();
            Messages.info(done);
            moveTo = null;
            reason = null;
        } finally {
            // The page's own postback: not a new consultation (it was recorded when the page opened).
            referral = queries.reread(referral.reference()).orElse(null);
        }
    }

    public java.util.Map<Long, String> getAnswers() {
        return answers;
    }

    public RoutingStatus getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(RoutingStatus moveTo) {
        this.moveTo = moveTo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReferOnAgency() {
        return referOnAgency;
    }

    public void setReferOnAgency(String referOnAgency) {
        this.referOnAgency = referOnAgency;
    }

    public boolean isConditionsConfirmed() {
        return conditionsConfirmed;
    }

    public void setConditionsConfirmed(boolean conditionsConfirmed) {
        this.conditionsConfirmed = conditionsConfirmed;
    }

    public Usefulness getUsefulness() {
        return usefulness;
    }

    public void setUsefulness(Usefulness usefulness) {
        this.usefulness = usefulness;
    }

    public OutcomeCategory getOutcomeCategory() {
        return outcomeCategory;
    }

    public void setOutcomeCategory(OutcomeCategory outcomeCategory) {
        this.outcomeCategory = outcomeCategory;
    }

    public String getFeedbackComment() {
        return feedbackComment;
    }

    public void setFeedbackComment(String feedbackComment) {
        this.feedbackComment = feedbackComment;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public ReferralDetail getReferral() {
        return referral;
    }
}
