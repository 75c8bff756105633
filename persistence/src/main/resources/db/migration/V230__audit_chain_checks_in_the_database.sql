-- The nightly audit chain check's reports (issue 17, ADR 0039): kept in the database, not in the
-- memory of the node whose timer ran the check, so the auditor's page shows the last report on every
-- node of a cluster and after a restart. One row per check, never changed (an audit_ table: the
-- application's account may only read and insert, ApplicationGrants).
CREATE TABLE audit_chain_check (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    checked_at          TIMESTAMP(6)  NOT NULL,
    node                VARCHAR(120)  NOT NULL,
    intact              BOOLEAN       NOT NULL,
    rows_checked        BIGINT        NOT NULL,
    unchained_before    BIGINT        NOT NULL,
    legacy_rows         BIGINT        NOT NULL,
    checkpoints_checked INT           NOT NULL,
    last_checkpoint_at  TIMESTAMP(6)  NULL,
    chain_end_seq       BIGINT        NOT NULL,
    chain_end_hash      CHAR(64)      NULL,
    broken_at_id        BIGINT        NULL,
    broken_at_seq       BIGINT        NULL,
    problem             VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_audit_chain_check_at (checked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
