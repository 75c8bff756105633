package org.eyesandears.linkage.model;

/**
 * How a model was fitted, kept with it for the record.
 *
 * @param records number of records the model was fitted on
 * @param candidatePairs pairs produced by blocking and used for EM
 * @param totalPairs all possible pairs in the linking task
 * @param emIterations iterations EM ran
 * @param converged whether EM met its convergence tolerance
 * @param candidateMatchShare EM's estimate of the share of candidate pairs that are matches
 */
public record TrainingSummary(long records, long candidatePairs, long totalPairs, int emIterations,
        boolean converged, double candidateMatchShare) {
}
