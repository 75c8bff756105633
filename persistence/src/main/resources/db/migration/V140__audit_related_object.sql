-- Issue 18 (ADR 0025): an audit record can name the object its object belongs to, so that an
-- attachment's records are tied to their referral by a column instead of by the wording of the
-- detail column ("of referral R-..."). The audit chain covers both columns for records written
-- from now on (AuditChain.keyed with the related object, its own prefix "audit-row-2"); records
-- written before keep them NULL, and the verifier holds them to that, so filling them in later,
-- by hand or by a migration, shows as a change. That is why this migration fills nothing in: the
-- auditor's "who has seen this referral" still reads older attachment records by their detail.
-- The application's account keeps SELECT and INSERT only on audit_record (ApplicationGrants).
ALTER TABLE audit_record
    ADD COLUMN related_type VARCHAR(40) NULL AFTER object_id,
    ADD COLUMN related_id   VARCHAR(40) NULL AFTER related_type,
    ADD INDEX ix_audit_related (related_type, related_id, operation);
