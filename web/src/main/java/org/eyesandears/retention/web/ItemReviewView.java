package org.eyesandears.retention.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.retention.model.RetainedKind;
import org.eyesandears.retention.service.ItemReviewService;
import org.eyesandears.retention.service.RetainedItem;
import org.eyesandears.retention.service.ReviewDecision;
import org.eyesandears.shared.error.NotFoundException;
import org.eyesandears.shared.web.Messages;

/**
 * The retention review queue's visits and source records: those of the manager's agency due for
 * review, and for the one chosen, keep (reason and next review date) or erase (reason). The
 * service checks who may act.
 */
@Named
@ViewScoped
public class ItemReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ItemReviewService review;

    private List<RetainedItem> visits;
    private List<RetainedItem> sourceRecords;
    private RetainedItem chosen;
    private String reason;
    private LocalDate newReviewDate;

    @PostConstruct
    void load() {
        visits = review.queue(RetainedKind.VISIT);
        sourceRecords = review.queue(RetainedKind.SOURCE_RECORD);
    }

    public void choose(RetainedItem item) {
        this.chosen = item;
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
            RetainedItem done = keep ? review.keep(chosen.kind(), chosen.id(), decision)
                    : review.erase(chosen.kind(), chosen.id(), decision);
            Messages.info(keep ? done.label() + " kept; next review on " + done.reviewDate() + "."
                    : done.label() + " erased: its free text is gone; the record, its dates and audit trail remain.");
            chosen = null;
            reason = null;
            newReviewDate = null;
            load();
        } catch (NotFoundException gone) {
            // Someone else decided it meanwhile: show the queue as it is now; the message is PageErrorHandler's.
            chosen = null;
            load();
            throw gone;
        }
    }

    public List<RetainedItem> getVisits() {
        return visits;
    }

    public List<RetainedItem> getSourceRecords() {
        return sourceRecords;
    }

    public RetainedItem getChosen() {
        return chosen;
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
