package org.eyesandears.linkage.model;

import java.util.List;

/**
 * A scored comparison of two records. The match weight is the log2 Bayes factor of all fields plus
 * the prior log-odds; {@code priorWeight + sum(fields.weight) == matchWeight}.
 *
 * @param sourceA first record's source
 * @param idA first record's id
 * @param sourceB second record's source
 * @param idB second record's id
 * @param priorWeight log2 of the prior odds that two records match
 * @param fields per-field contributions, in {@link Field} order
 * @param matchWeight final log2 odds
 * @param probability match probability, 2^w / (1 + 2^w)
 */
public record ScoredPair(String sourceA, String idA, String sourceB, String idB, double priorWeight,
        List<FieldWeight> fields, double matchWeight, double probability) {
}
