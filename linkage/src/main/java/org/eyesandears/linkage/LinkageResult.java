package org.eyesandears.linkage;

import java.util.List;
import org.eyesandears.linkage.blocking.CandidatePairs;
import org.eyesandears.linkage.cluster.Clusterer;
import org.eyesandears.linkage.model.LinkageModel;
import org.eyesandears.linkage.model.PreparedRecord;
import org.eyesandears.linkage.model.ScoredPair;

/**
 * Outcome of {@link LinkageEngine#link(List)}. Links are held as parallel arrays of record
 * indexes (into {@link #prepared()}) and match weights, because a large run has millions. The raw
 * input records are not kept: each prepared record carries its source and id, and a million raw
 * records would double the memory a run needs.
 *
 * @param prepared the records normalised and prepared, in input order
 * @param sources source names in order of first appearance
 * @param sourceOf source index per record
 * @param model the fitted model
 * @param candidates the candidate pairs from blocking
 * @param linkFirst first record index of each accepted link
 * @param linkSecond second record index of each accepted link
 * @param linkWeight match weight of each accepted link
 * @param clusters clusters of records
 */
public record LinkageResult(List<PreparedRecord> prepared,
        List<String> sources, int[] sourceOf, LinkageModel model, CandidatePairs candidates,
        int[] linkFirst, int[] linkSecond, double[] linkWeight, Clusterer.Result clusters) {

    /** @return number of accepted links */
    public int linkCount() {
        return linkWeight.length;
    }

    /**
     * Scores accepted link {@code k} in full, with every field's contribution, for explanation.
     *
     * @param k link index
     * @return the scored pair
     */
    public ScoredPair scoredLink(int k) {
        return model.score(prepared.get(linkFirst[k]), prepared.get(linkSecond[k]));
    }
}
