package org.eyesandears.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eyesandears.linkage.blocking.Blocker;
import org.eyesandears.linkage.blocking.CandidateIndex;
import org.eyesandears.linkage.model.LinkageModel;
import org.eyesandears.linkage.model.PreparedRecord;
import org.eyesandears.linkage.model.Field;
import org.eyesandears.linkage.model.ScoredPair;
import org.eyesandears.linkage.model.SharedValues;

/**
 * Scores new records against an existing register with a fitted (for example saved and reloaded)
 * model: the register is prepared and indexed once, then each new record is compared only with
 * its blocking candidates. This is the call the application makes when a referral arrives.
 * The values several businesses share are read from the register, as a batch run reads them
 * from its records ({@link SharedValues}): a phone line that clearly different businesses give is
 * no evidence either way, and how common an address is counts the businesses the register holds
 * there (and the new record, when it is clearly none of them), not the model's training records.
 * Immutable after construction and safe to share between threads.
 */
public final class RegisterMatcher {

    private final LinkageModel model;
    private final List<PreparedRecord> register;
    private final CandidateIndex index;
    private final SharedValues.Register shared;

    /**
     * Prepares and indexes a register.
     *
     * @param model fitted model (ideally fitted on this register, so its frequency tables match)
     * @param register the register's records
     */
    public RegisterMatcher(LinkageModel model, List<LinkRecord> register) {
        List<PreparedRecord> prepared = new ArrayList<>(register.size());
        for (LinkRecord r : register) {
            prepared.add(model.prepare(r));
        }
        this.register = List.copyOf(prepared);
        this.shared = new SharedValues.Register(this.register, model.termFrequencies());
        this.model = model.withTermFrequencies(shared.tables());
        this.index = new CandidateIndex(this.register, model.termFrequencies(),
                Blocker.DEFAULT_MAX_BLOCK, Blocker.DEFAULT_WINDOW);
    }

    /**
     * Register records that may be the same business as a new record, best first.
     *
     * @param record the new record
     * @param minProbability lowest match probability to return (e.g.
     *     {@link LinkageEngine#DEFAULT_THRESHOLD})
     * @return scored pairs (new record first, register record second), highest weight first;
     *     explain any of them with {@code Explanation.of(pair)}
     */
    public List<ScoredPair> match(LinkRecord record, double minProbability) {
        PreparedRecord probe = model.prepare(record);
        shared.mark(probe);
        int businesses = shared.businessesWith(probe);
        LinkageModel scoring = businesses == 0 ? model : model.withTermFrequencies(
                model.termFrequencies().withCount(Field.ADDRESS, probe.record().address().key(), businesses));
        double minWeight = LinkageModel.weightOf(minProbability);
        List<ScoredPair> out = new ArrayList<>();
        for (int i : index.candidatesFor(probe)) {
            ScoredPair p = scoring.score(probe, register.get(i));
            if (p.matchWeight() >= minWeight) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparingDouble(ScoredPair::matchWeight).reversed());
        return out;
    }
}
