-- Retention review of visits and source records (dataset rows), ADR 0021: one row per item that has
-- been marked due, kept or erased. The review date itself is worked out from the item's last activity
-- and the owning agency's retention_years, as for referrals (ADR 0011); review_on is the date a
-- manager set when keeping it. An erased item keeps its row: the tombstone says who erased it and when.
CREATE TABLE retention_review (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    kind           VARCHAR(20)  NOT NULL,
    item_id        BIGINT       NOT NULL,
    agency_code    VARCHAR(40)  NOT NULL,
    review_due     BOOLEAN      NOT NULL DEFAULT FALSE,
    review_on      DATE         NULL,
    reviewed_by    VARCHAR(100) NULL,
    reviewed_at    TIMESTAMP(6) NULL,
    review_reason  VARCHAR(500) NULL,
    erased_at      TIMESTAMP(6) NULL,
    erased_by      VARCHAR(100) NULL,
    erasure_reason VARCHAR(500) NULL,
    lock_version   BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_retention_review_item UNIQUE (kind, item_id),
    INDEX ix_retention_review_queue (agency_code, kind, review_due)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
