package org.eyesandears.audit.model;

/**
 * What an audit record can be about: the audit trail's vocabulary of object types, one constant per
 * kind of thing the application logs, each with the name stored in {@code audit_record.object_type}
 * (and {@code related_type}). The stored names are those the trail has always used, casings
 * included, so searches and exports read old and new records alike (ADR 0025); new kinds take
 * lower-case snake_case. A record of a refused request names what the address asked for instead,
 * which may be no object the application knows ({@code AuditService.recordRefusal}).
 */
public enum AuditObject {
    /** A referral, by its reference. */
    REFERRAL("referral"),
    /** One agency's routing of a referral, by id. */
    ROUTING("routing"),
    /** A file attached to a referral, by id; related to its referral. */
    ATTACHMENT("attachment"),
    /** An unsent concern card, by id. */
    REFERRAL_DRAFT("referral_draft"),
    /** A business in the register, by id. */
    BUSINESS("business"),
    /** A candidate link between a source record and a business, by id. */
    MATCH_CANDIDATE("match_candidate"),
    /** An agency dataset, by id. */
    SOURCE_DATASET("source_dataset"),
    /** One row of an agency dataset, by id. */
    SOURCE_RECORD("source_record"),
    /** A dataset import, by id. */
    IMPORT_JOB("import_job"),
    /** A joint visit, by id. */
    VISIT("visit"),
    /** A follow-up task of a joint visit, by id. */
    FOLLOW_UP_TASK("follow_up_task"),
    /** A calendar feed address, by id. */
    CALENDAR_FEED("calendar_feed"),
    /** An agency, by code (its retention period). */
    AGENCY("agency"),
    /** A golden indicator, by code (reference data, ADR 0031). */
    INDICATOR("indicator"),
    /** A contact point of an agency, by id (reference data, ADR 0031). */
    AGENCY_CONTACT("agency_contact"),
    /** An entry of the powers directory, by id (reference data, ADR 0031). */
    AGENCY_POWER("agency_power"),
    /** A sharing agreement between two agencies, by id. */
    SHARING_AGREEMENT("sharing-agreement"),
    /** A success target of the dashboard, by agency code. */
    SUCCESS_TARGET("SuccessTarget"),
    /** A joint operation, by id. */
    OPERATION("operation"),
    /** A question from one desk to another about a referral, by id, or their list ("requests of AGENCY"). */
    INFORMATION_REQUEST("information_request"),
    /** The Monday e-mail digest of the weekly tasking pack, by "weekly" (counts only). */
    TASKING_DIGEST("tasking_digest"),
    /** The audit trail itself, by what was done with it (search, who-has-seen, subject-access, verify). */
    AUDIT_TRAIL("audit-trail"),
    /** The dashboard's figures, by agency code or ALL. */
    STATISTICS("Statistics"),
    /** A dashboard drill-down listing referrals, by agency code. */
    REFERRAL_LIST("Referral list"),
    /** A dashboard drill-down listing routings, by agency code or ALL. */
    ROUTING_LIST("Routing list"),
    /** A dashboard drill-down listing businesses, by agency code or ALL. */
    BUSINESS_LIST("Business list"),
    /** A dashboard drill-down listing joint visits, by agency code or ALL. */
    VISIT_LIST("Visit list");

    private final String stored;

    AuditObject(String stored) {
        this.stored = stored;
    }

    /** The name audit records store and the auditor searches by. */
    public String stored() {
        return stored;
    }
}
