package org.eyesandears.audit.service;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a check of the audit chain found: whether it is intact, how many chained rows were checked
 * (of them, how many legacy rows with a plain SHA-256 from before the chain was keyed), how many
 * older unchained rows precede the chain, how many signed checkpoints it was held to and when the
 * last was written, where the chain ends, and the first broken or missing link.
 */
public record ChainReport(Instant checkedAt, boolean intact, long rowsChecked, long unchainedBefore,
                          long legacyRows, int checkpointsChecked, Instant lastCheckpointAt,
                          long chainEndSeq, String chainEndHash, Long brokenAtId, Long brokenAtSeq,
                          String problem) implements Serializable {

    static ChainReport broken(Instant at, String problem) {
        return new ChainReport(at, false, 0, 0, 0, 0, null, 0, null, null, null, problem);
    }
}
