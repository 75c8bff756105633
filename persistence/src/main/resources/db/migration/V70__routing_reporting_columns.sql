-- Issue 7 item 6 (ADR 0012): the dashboard's figures read routings only, never their referrals or
-- the working-day calendar row by row. Each routing keeps, for reporting:
--   referring_agency_code  its referral's author_agency_code
--   business_id            its referral's business_id (as recorded, merges not resolved: as before)
--   created_on             the London date it was created
--   decision_working_days  working days from creation to the first decision (null until decided)
--   feedback_working_days  working days from creation to feedback (null until given)
-- Working days are counted exactly as StatsQueries counted them with the reporting_day calendar
-- (V30): the working index of the London date of each instant, subtracted. Triggers keep the
-- columns right on every write, whatever the path (JPA, bulk JPQL, SQL by an administrator);
-- WorkingDayCalendar recomputes the day columns whenever it (re)fills the calendar.
ALTER TABLE routing
    ADD COLUMN referring_agency_code VARCHAR(40) NULL,
    ADD COLUMN business_id           BIGINT      NULL,
    ADD COLUMN created_on            DATE        NULL,
    ADD COLUMN decision_working_days INT         NULL,
    ADD COLUMN feedback_working_days INT         NULL;

-- Backfill. The day columns need the calendar: when it is still empty here (it is filled at
-- start-up), WorkingDayCalendar fills it and runs the same update.
UPDATE routing g
    JOIN referral r ON r.id = g.referral_id
    LEFT JOIN reporting_day c0 ON c0.day = DATE(g.created_at)
    LEFT JOIN reporting_day c1 ON c1.day = DATE(g.first_decision_at)
    LEFT JOIN reporting_day c2 ON c2.day = DATE(g.feedback_at)
SET g.referring_agency_code = r.author_agency_code,
    g.business_id           = r.business_id,
    g.created_on            = c0.day + INTERVAL (g.created_at >= c0.next_utc_start) DAY,
    g.decision_working_days = (c1.working_index + (g.first_decision_at >= c1.next_utc_start) * (c1.next_working_index - c1.working_index))
                            - (c0.working_index + (g.created_at >= c0.next_utc_start) * (c0.next_working_index - c0.working_index)),
    g.feedback_working_days = (c2.working_index + (g.feedback_at >= c2.next_utc_start) * (c2.next_working_index - c2.working_index))
                            - (c0.working_index + (g.created_at >= c0.next_utc_start) * (c0.next_working_index - c0.working_index));

CREATE TRIGGER routing_reporting_on_insert BEFORE INSERT ON routing FOR EACH ROW
SET NEW.referring_agency_code = (SELECT r.author_agency_code FROM referral r WHERE r.id = NEW.referral_id),
    NEW.business_id = (SELECT r.business_id FROM referral r WHERE r.id = NEW.referral_id),
    NEW.created_on = (SELECT c.day + INTERVAL (NEW.created_at >= c.next_utc_start) DAY
                      FROM reporting_day c WHERE c.day = DATE(NEW.created_at)),
    NEW.decision_working_days =
        (SELECT c.working_index + (NEW.first_decision_at >= c.next_utc_start) * (c.next_working_index - c.working_index)
         FROM reporting_day c WHERE c.day = DATE(NEW.first_decision_at))
      - (SELECT c.working_index + (NEW.created_at >= c.next_utc_start) * (c.next_working_index - c.working_index)
         FROM reporting_day c WHERE c.day = DATE(NEW.created_at)),
    NEW.feedback_working_days =
        (SELECT c.working_index + (NEW.feedback_at >= c.next_utc_start) * (c.next_working_index - c.working_index)
         FROM reporting_day c WHERE c.day = DATE(NEW.feedback_at))
      - (SELECT c.working_index + (NEW.created_at >= c.next_utc_start) * (c.next_working_index - c.working_index)
         FROM reporting_day c WHERE c.day = DATE(NEW.created_at));

CREATE TRIGGER routing_reporting_on_update BEFORE UPDATE ON routing FOR EACH ROW
SET NEW.referring_agency_code = (SELECT r.author_agency_code FROM referral r WHERE r.id = NEW.referral_id),
    NEW.business_id = (SELECT r.business_id FROM referral r WHERE r.id = NEW.referral_id),
    NEW.created_on = (SELECT c.day + INTERVAL (NEW.created_at >= c.next_utc_start) DAY
                      FROM reporting_day c WHERE c.day = DATE(NEW.created_at)),
    NEW.decision_working_days =
        (SELECT c.working_index + (NEW.first_decision_at >= c.next_utc_start) * (c.next_working_index - c.working_index)
         FROM reporting_day c WHERE c.day = DATE(NEW.first_decision_at))
      - (SELECT c.working_index + (NEW.created_at >= c.next_utc_start) * (c.next_working_index - c.working_index)
         FROM reporting_day c WHERE c.day = DATE(NEW.created_at)),
    NEW.feedback_working_days =
        (SELECT c.working_index + (NEW.feedback_at >= c.next_utc_start) * (c.next_working_index - c.working_index)
         FROM reporting_day c WHERE c.day = DATE(NEW.feedback_at))
      - (SELECT c.working_index + (NEW.created_at >= c.next_utc_start) * (c.next_working_index - c.working_index)
         FROM reporting_day c WHERE c.day = DATE(NEW.created_at));

-- A referral's author agency or business does not change today; should either ever change (a
-- correction, a future "move referral to business" action), its routings follow.
CREATE TRIGGER referral_reporting_on_update AFTER UPDATE ON referral FOR EACH ROW
UPDATE routing SET referring_agency_code = NEW.author_agency_code, business_id = NEW.business_id
WHERE referral_id = NEW.id
  AND NOT (referring_agency_code <=> NEW.author_agency_code AND business_id <=> NEW.business_id);

-- The period's routings are read from this index alone (it replaces V30's ix_routing_created,
-- whose columns it starts with).
CREATE INDEX ix_routing_period ON routing (created_at, agency_code, referring_agency_code, referral_id, business_id,
                                           created_on, decision_working_days, feedback_working_days, feedback_at,
                                           usefulness, outcome_category);
DROP INDEX ix_routing_created ON routing;
