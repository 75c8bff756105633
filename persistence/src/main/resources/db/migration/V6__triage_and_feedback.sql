-- Triage: each agency's service levels and how much feedback it may give back; the desk's work
-- on each routing (assignee, due dates, question and answer, feedback, outcome) and its history.

ALTER TABLE agency
    ADD COLUMN feedback_level       VARCHAR(20) NOT NULL DEFAULT 'FULL',
    ADD COLUMN triage_target_days   INT         NOT NULL DEFAULT 5,
    ADD COLUMN feedback_target_days INT         NOT NULL DEFAULT 20;

-- HMRC may receive but may disclose very little back (CRCA 2005 s18-20): received / actioned.
UPDATE agency SET feedback_level = 'RECEIVED_ACTIONED' WHERE code = 'HMRC';

ALTER TABLE routing
    ADD COLUMN assignee                 VARCHAR(100)  NULL,
    ADD COLUMN first_decision_due       DATE          NULL,
    ADD COLUMN feedback_due             DATE          NULL,
    ADD COLUMN first_decision_at        TIMESTAMP(6)  NULL,
    ADD COLUMN question                 VARCHAR(2000) NULL,
    ADD COLUMN answer                   VARCHAR(2000) NULL,
    ADD COLUMN usefulness               VARCHAR(20)   NULL,
    ADD COLUMN outcome_category         VARCHAR(40)   NULL,
    ADD COLUMN feedback_comment         VARCHAR(2000) NULL,
    ADD COLUMN feedback_at              TIMESTAMP(6)  NULL,
    ADD COLUMN referred_from_routing_id BIGINT        NULL,
    ADD COLUMN changed_by               VARCHAR(100)  NULL,
    ADD COLUMN changed_at               TIMESTAMP(6)  NULL,
    ADD CONSTRAINT fk_routing_referred_from FOREIGN KEY (referred_from_routing_id) REFERENCES routing (id);

-- Routings made before service levels existed (development data only) get calendar-day targets.
UPDATE routing
SET first_decision_due = DATE_ADD(DATE(created_at), INTERVAL 7 DAY),
    feedback_due       = DATE_ADD(DATE(created_at), INTERVAL 28 DAY);

ALTER TABLE routing
    MODIFY first_decision_due DATE NOT NULL,
    MODIFY feedback_due       DATE NOT NULL;

CREATE TABLE routing_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    routing_id  BIGINT        NOT NULL,
    occurred_at TIMESTAMP(6)  NOT NULL,
    username    VARCHAR(100)  NOT NULL,
    from_status VARCHAR(20)   NULL,
    to_status   VARCHAR(20)   NOT NULL,
    reason      VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_routing_event_routing FOREIGN KEY (routing_id) REFERENCES routing (id),
    INDEX ix_routing_event_routing (routing_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
