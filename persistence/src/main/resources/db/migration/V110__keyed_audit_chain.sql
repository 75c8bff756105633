-- Issue 13 (ADR 0018): the audit chain is keyed. Each row's hash becomes an HMAC-SHA-256 under a
-- key held outside the database; key_id names the key, so keys can be rotated and old rows still
-- checked with their own. Rows written before this migration keep key_id NULL: their plain
-- SHA-256 stays verifiable ("legacy"), and the first keyed row after them, which carries the last
-- legacy hash inside its HMAC, anchors them.
ALTER TABLE audit_record
    ADD COLUMN key_id VARCHAR(40) NULL;

-- The chain head is no longer written by the application, whose account may now only read it
-- (ApplicationGrants). The application still locks its row (SELECT ... FOR UPDATE, which needs
-- only SELECT) before it appends, so writers take turns and keep V100's lock order: the head
-- first, then anything else. This trigger, which runs with the rights of the schema owner who
-- created it, moves the head to each newly chained row. A row put back in the middle of the chain
-- by hand, or one outside it, leaves the head where it is.
DELIMITER $$
CREATE TRIGGER audit_chain_head_follows AFTER INSERT ON audit_record FOR EACH ROW
BEGIN
    IF NEW.chain_seq IS NOT NULL THEN
        UPDATE audit_chain_head SET last_seq = NEW.chain_seq, last_hash = NEW.row_hash
        WHERE id = 1 AND last_seq < NEW.chain_seq;
    END IF;
END$$
DELIMITER ;

-- The reason an administrator gives for changing an agency's retention period is free text: it is
-- kept here, with the change, and the audit record names the change by its id only.
CREATE TABLE retention_period_change (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    agency_code  VARCHAR(40)  NOT NULL,
    years_before INT          NOT NULL,
    years_after  INT          NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    changed_by   VARCHAR(100) NOT NULL,
    changed_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_retention_change_agency (agency_code, changed_at),
    CONSTRAINT fk_retention_change_agency FOREIGN KEY (agency_code) REFERENCES agency (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
