-- Retention and review (issue 8 item 5). Each agency says how long its referrals are kept after
-- their last activity; a nightly job flags referrals whose review date has passed; the owning
-- agency's managers keep them (with a reason and a new date) or erase them. An erased referral is
-- a tombstone: reference, dates, agency codes and routing statuses stay, the content goes.
ALTER TABLE agency ADD COLUMN retention_years INT NOT NULL DEFAULT 6;

ALTER TABLE referral
    ADD COLUMN review_on      DATE         NULL,
    ADD COLUMN review_due     BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN reviewed_at    TIMESTAMP(6) NULL,
    ADD COLUMN reviewed_by    VARCHAR(100) NULL,
    ADD COLUMN review_reason  VARCHAR(500) NULL,
    ADD COLUMN erased_at      TIMESTAMP(6) NULL,
    ADD COLUMN erased_by      VARCHAR(100) NULL,
    ADD COLUMN erasure_reason VARCHAR(500) NULL,
    ADD INDEX ix_referral_review (author_agency_code, review_due);
