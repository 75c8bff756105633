package org.eyesandears.retention.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.retention.service.RetentionService;
import org.eyesandears.retention.service.ReviewDecision;
import org.eyesandears.retention.service.ReviewItem;
import org.eyesandears.shared.error.NotFoundException;
import org.eyesandears.shared.web.Messages;

/**
 * The managers' retention review queue: the agency's referrals due for review, and for the one
 * chosen, keep (reason and next review date) or erase (reason). The service checks who may act.
 */
@Named
@ViewScoped
public class RetentionQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RetentionService retention;

    private List<ReviewItem> items;
    private String reference;
    private String reason;
    private LocalDate newReviewDate;

    @PostConstruct
    void load() {
        items = retention.queue();
    }

    public void choose(String chosen) {
        this.reference = chosen;
        this.reason = null;
        this.newReviewDate = null;
    }

    public void keep() {
        decide(true);
    }

    public void erase() {
        decide(false);
    }

    private void decide(boolean keep) {
        try {
            ReviewDecision decision = new ReviewDecision(reason, newReviewDate);
            ReviewItem done = keep ? retention.keep(reference, decision) : retention.erase(reference, decision);
            Messages.info(keep
                    ? "Referral " + done.reference() + " kept; next review on " + done.reviewDate() + "."
                    : "Referral " + done.reference() + " erased. Its reference, routings and audit trail remain.");
            reference = null;
            reason = null;
            newReviewDate = null;
            items = retention.queue();
        } catch (NotFoundException gone) {
            // Someone else decided it meanwhile: show the queue as it is now; the message is PageErrorHandler's.
            items = retention.queue();
            throw gone;
        }
    }

    public List<ReviewItem> getItems() {
        return items;
    }

    public String getReference() {
        return reference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getNewReviewDate() {
        return newReviewDate;
    }

    public void setNewReviewDate(LocalDate newReviewDate) {
        this.newReviewDate = newReviewDate;
    }
}
