-- Calendar feeds (ADR 0021): an address now expires, and a revoked one is kept as a row (token hash,
-- when, by whom and why, as a code) so that later requests with it are refused and audited as the
-- owner's feed rather than an unknown one. Addresses made before this migration get 90 days from now.
ALTER TABLE calendar_feed
    ADD COLUMN expires_at  TIMESTAMP(6) NULL,
    ADD COLUMN revoked_at  TIMESTAMP(6) NULL,
    ADD COLUMN revoked_by  VARCHAR(100) NULL,
    ADD COLUMN revoked_why VARCHAR(20)  NULL;

UPDATE calendar_feed SET expires_at = DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 90 DAY);

ALTER TABLE calendar_feed MODIFY expires_at TIMESTAMP(6) NOT NULL;
