package org.eyesandears.retention.model;

/**
 * The kinds of record the retention review covers besides referrals (which carry their review
 * columns themselves): joint visits, owned by their lead agency, and source records (dataset rows),
 * owned by the dataset's agency. Drafts are not reviewed: the nightly job deletes old ones.
 */
public enum RetainedKind {
    VISIT("visit"),
    SOURCE_RECORD("source_record");

    private final String objectType;

    RetainedKind(String objectType) {
        this.objectType = objectType;
    }

    /** The object type audit records use for this kind. */
    public String objectType() {
        return objectType;
    }
}
