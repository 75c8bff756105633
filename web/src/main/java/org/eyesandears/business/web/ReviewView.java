package org.eyesandears.business.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eyesandears.business.linking.service.LinkThresholds;
import org.eyesandears.business.linking.service.PairView;
import org.eyesandears.business.linking.service.RegisterIndex;
import org.eyesandears.business.linking.service.ReviewService;
import org.eyesandears.shared.web.Messages;

/** The review queue: one pair at a time, side by side with its waterfall, and the analyst's decision. */
@Named
@ViewScoped
public class ReviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int QUEUE_SIZE = 50;

    @Inject
    ReviewService review;

    @Inject
    RegisterIndex index;

    private List<PairView> queue;
    private long waiting;
    private PairView current;
    private PairView lastLinked;

    @PostConstruct
    void load() {
        refresh(null);
    }

    private void refresh(Long show) {
        queue = review.queue(QUEUE_SIZE);
        waiting = review.waiting();
        Long id = show != null ? show : queue.isEmpty() ? null : queue.get(0).id();
        current = id == null ? null : review.pair(id).orElse(null);
    }

    public void show(long id) {
        current = review.pair(id).orElse(null);
    }

    public void accept() {
        PairView linked = current;
        decide(ReviewService.Answer.ACCEPT, "Linked: the two records are now one business.");
        lastLinked = linked;
    }

    /**
     * Takes back the link just made: the record goes back to the business it was in (with that
     * business's referrals), and the engine will not link the two again.
     */
    public void undoLast() {
        if (lastLinked == null) {
            return;
        }
        PairView undone = lastLinked;
        lastLinked = null;
        review.undo(undone.record().id());
        Messages.info("Link undone: " + undone.record().name() + " and " + undone.candidate().name()
                + " are separate businesses again.");
        refresh(null);
    }

    public void reject() {
        decide(ReviewService.Answer.REJECT, "Rejected: these two records will not be linked automatically.");
    }

    public void notSure() {
        decide(ReviewService.Answer.NOT_SURE, "Marked not sure: the pair stays in the queue, after the others.");
    }

    private void decide(ReviewService.Answer answer, String done) {
        lastLinked = null;
        if (current == null) {
            return;
        }
        try {
            review.decide(current.id(), answer);
            Messages.info(done);
        } finally {
            refresh(null);
        }
    }

    /** Width of a waterfall bar, in percent of the widest possible step (16 bits). */
    public int barWidth(double weight) {
        return (int) Math.min(100, Math.round(Math.abs(weight) * 100 / 16));
    }

    public LinkThresholds getThresholds() {
        return index.thresholds();
    }

    public List<PairView> getQueue() {
        return queue;
    }

    public long getWaiting() {
        return waiting;
    }

    public PairView getCurrent() {
        return current;
    }

    /** The pair the analyst linked last on this page, while the link can be taken back from here. */
    public PairView getLastLinked() {
        return lastLinked;
    }
}
