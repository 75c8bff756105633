-- Figures for use (issue 16, deliverable 9; ADR 0035): how long the concern card was open before
-- it was sent, as the officer's browser measured it, and whether the officer found each routing's
-- feedback useful. Neither holds anything about a person or a business.

-- Seconds from opening the card to sending it, measured in the browser and checked by the service
-- (1 to 86,400); null when not measured (sent through the API without it, or a value out of range).
ALTER TABLE referral ADD COLUMN compose_seconds INT NULL AFTER submitted_at;

-- The referring officer's answer to "was this feedback useful?", once per routing, never changed.
CREATE TABLE feedback_rating (
    routing_id BIGINT       NOT NULL,
    useful     BOOLEAN      NOT NULL,
    rated_by   VARCHAR(100) NOT NULL,
    rated_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (routing_id),
    CONSTRAINT fk_feedback_rating_routing FOREIGN KEY (routing_id) REFERENCES routing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The dashboard reads automatic links and their undoing by decision and time.
CREATE INDEX ix_link_decision_decided ON link_decision (decision, decided_at);
