package org.eyesandears.business.model;

/** How a source record came to belong to its business. */
public enum LinkMethod {
    /** No business in the register was close enough: the record started a business of its own. */
    NEW_BUSINESS,
    /** The engine's match probability was at or above the upper threshold. */
    AUTOMATIC,
    /** An analyst accepted a candidate match from the review queue. */
    REVIEWED,
    /** An analyst undid the record's link: it stands alone again. */
    SEPARATED
}
