-- "Interest" means concern (issue 16, ADR 0032). A dataset row carries what the agency recorded
-- about the premises, mapped at import: the kind of record (an inspection, an enforcement notice,
-- a licence), its status, its rating on the agency's own scale, and the date of the event.
-- The agency's analysts say which values are adverse (for a food-hygiene register, ratings 0-2;
-- for fire, "Enforcement") and for how many months an adverse record keeps the agency interested.
-- A record is flagged adverse at import (and again whenever the rule changes), so the queries
-- that decide interest read one indexed flag instead of each dataset's rule.
ALTER TABLE source_dataset
    ADD COLUMN adverse_values VARCHAR(500) NULL,
    ADD COLUMN adverse_months INT          NOT NULL DEFAULT 12;

ALTER TABLE source_record
    ADD COLUMN record_type VARCHAR(100) NULL,
    ADD COLUMN status      VARCHAR(100) NULL,
    ADD COLUMN rating      VARCHAR(40)  NULL,
    ADD COLUMN event_date  DATE         NULL,
    ADD COLUMN adverse     BOOLEAN      NOT NULL DEFAULT FALSE;

-- The interest queries read only adverse records: a full register of compliant premises adds no rows.
CREATE INDEX ix_source_record_adverse ON source_record (adverse, business_id, dataset_id, event_date);
