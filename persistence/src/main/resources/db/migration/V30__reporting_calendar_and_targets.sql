-- Issue 7 (manager dashboards). The working-day calendar lets the database count working days
-- (England and Wales) between two instants with one primary-key lookup per instant; the
-- application fills it at start-up from shared/time/WorkingDays (see WorkingDayCalendar), because
-- Easter and proclaimed bank holidays are rules in Java, not SQL.
--   day                 a UTC calendar date
--   working_index       working days (London dates) from the calendar's first day up to and including day
--   next_utc_start      the instant London's day after `day` begins (23:00 UTC on `day` in summer time)
--   next_working_index  working_index of the day after `day`
-- An instant t falls on London date day+1 when t >= next_utc_start, else on `day`.
CREATE TABLE reporting_day (
    day                DATE         NOT NULL,
    working_index      INT          NOT NULL,
    next_utc_start     TIMESTAMP(6) NOT NULL,
    next_working_index INT          NOT NULL,
    PRIMARY KEY (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Success criteria an administrator sets per agency; null means "no target set".
CREATE TABLE success_target (
    agency_code        VARCHAR(40)  NOT NULL,
    feedback_rate_pct  INT          NULL,
    feedback_days      INT          NULL,
    triage_median_days INT          NULL,
    changed_by         VARCHAR(100) NOT NULL,
    changed_at         TIMESTAMP(6) NOT NULL,
    lock_version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (agency_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dashboard figures read the routings of a period: the index covers every routing column they
-- use, so the period's routings are read from the index alone.
CREATE INDEX ix_routing_created ON routing (created_at, agency_code, referral_id, first_decision_at, feedback_at,
                                            usefulness, outcome_category);

-- "Overdue now" counts (InboxQueries.overdueByAgency, the dashboard's drill-down): routings still
-- without a first decision or feedback, by due date, without reading the whole table.
CREATE INDEX ix_routing_awaiting_decision ON routing (first_decision_at, first_decision_due, agency_code);
CREATE INDEX ix_routing_awaiting_feedback ON routing (feedback_at, feedback_due, status, agency_code);
