package org.eyesandears.audit.service;

import java.time.Instant;

/**
 * What a check of the audit hash chain found: whether it is intact, how many chained rows were
 * checked, how many older unchained rows precede the chain, and the first broken or missing link.
 */
public record ChainReport(Instant checkedAt, boolean intact, long rowsChecked, long unchainedBefore,
                          Long brokenAtId, Long brokenAtSeq, String problem) {

    static ChainReport intact(Instant at, long checked, long unchained) {
        return new ChainReport(at, true, checked, unchained, null, null, null);
    }

    static ChainReport broken(Instant at, long checked, long unchained, Long id, Long seq, String problem) {
        return new ChainReport(at, false, checked, unchained, id, seq, problem);
    }
}
