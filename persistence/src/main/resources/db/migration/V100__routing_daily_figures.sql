-- Issue 7 item 6 (ADR 0016): the dashboard's figures for any period add up a few rows per day
-- instead of reading every routing of the period, and the overdue counts add up a few rows per
-- due date instead of reading every routing still waiting. Both tables are kept exact by
-- triggers on routing, whatever writes it (JPA, bulk SQL, an administrator, the calendar's
-- recount), as V70's reporting columns are.
--
-- routing_day_figure: per London day of creation (routing.created_on), one count per facet:
--   R  routings, by receiving agency (agency_code) and referring agency (referring_agency_code)
--   S  referrals sent: a referral's first routing (lowest id), by referring agency
--   D  routings with a first decision, by receiving agency and working days to it (working_days)
--   F  routings with feedback, by receiving agency and working days to it
--   U  routings with feedback and a usefulness, by receiving agency and category
--   O  routings with feedback and an outcome, by receiving agency and category
-- A column a facet does not split by holds '' (agency codes, category) or -1 (working_days).
-- Rows whose count falls to 0 are kept; readers leave them out.
CREATE TABLE routing_day_figure (
    created_on            DATE        NOT NULL,
    facet                 CHAR(1)     NOT NULL,
    agency_code           VARCHAR(40) NOT NULL,
    referring_agency_code VARCHAR(40) NOT NULL,
    working_days          INT         NOT NULL,
    category              VARCHAR(40) NOT NULL,
    routings              BIGINT      NOT NULL,
    PRIMARY KEY (created_on, facet, agency_code, referring_agency_code, working_days, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- routing_awaiting: routings without a first decision by their first_decision_due (kind D), and
-- routings not closed and without feedback by their feedback_due (kind F), per due date and
-- receiving agency. Overdue today = the rows due before today.
CREATE TABLE routing_awaiting (
    due_on      DATE        NOT NULL,
    kind        CHAR(1)     NOT NULL,
    agency_code VARCHAR(40) NOT NULL,
    routings    BIGINT      NOT NULL,
    PRIMARY KEY (kind, due_on, agency_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DELIMITER $$

-- Adds (delta = 1) or takes away (delta = -1) one routing's share of both tables. A routing
-- without a London creation date (the calendar not yet filled) counts in no day until the
-- calendar's recount gives it one.
CREATE PROCEDURE routing_figures_apply(
    IN p_id BIGINT, IN p_referral_id BIGINT, IN p_created_on DATE, IN p_agency VARCHAR(40),
    IN p_referring VARCHAR(40), IN p_decision_days INT, IN p_feedback_days INT, IN p_feedback_at TIMESTAMP(6),
    IN p_usefulness VARCHAR(40), IN p_outcome VARCHAR(40), IN p_first_decision_at TIMESTAMP(6),
    IN p_first_decision_due DATE, IN p_feedback_due DATE, IN p_status VARCHAR(20), IN p_delta INT)
BEGIN
    DECLARE chain_seq BIGINT;
    -- Every writer takes the audit chain's head before any of these shared rows, as every
    -- audited write does anyway (AuditService): one lock order, so two transactions counting
    -- routings of the same day and agency wait for each other but never deadlock (ADR 0016).
    SELECT last_seq INTO chain_seq FROM audit_chain_head WHERE id = 1 FOR UPDATE;
    IF p_created_on IS NOT NULL THEN
        IF NOT EXISTS (SELECT 1 FROM routing WHERE referral_id = p_referral_id AND id < p_id) THEN
            INSERT INTO routing_day_figure VALUES (p_created_on, 'S', '', COALESCE(p_referring, ''), -1, '', p_delta)
                ON DUPLICATE KEY UPDATE routings = routings + p_delta;
        END IF;
        INSERT INTO routing_day_figure VALUES (p_created_on, 'R', p_agency, COALESCE(p_referring, ''), -1, '', p_delta)
            ON DUPLICATE KEY UPDATE routings = routings + p_delta;
        IF p_decision_days IS NOT NULL THEN
            INSERT INTO routing_day_figure VALUES (p_created_on, 'D', p_agency, '', p_decision_days, '', p_delta)
                ON DUPLICATE KEY UPDATE routings = routings + p_delta;
        END IF;
        IF p_feedback_days IS NOT NULL THEN
            INSERT INTO routing_day_figure VALUES (p_created_on, 'F', p_agency, '', p_feedback_days, '', p_delta)
                ON DUPLICATE KEY UPDATE routings = routings + p_delta;
        END IF;
        IF p_feedback_at IS NOT NULL AND p_usefulness IS NOT NULL THEN
            INSERT INTO routing_day_figure VALUES (p_created_on, 'U', p_agency, '', -1, p_usefulness, p_delta)
                ON DUPLICATE KEY UPDATE routings = routings + p_delta;
        END IF;
        IF p_feedback_at IS NOT NULL AND p_outcome IS NOT NULL THEN
            INSERT INTO routing_day_figure VALUES (p_created_on, 'O', p_agency, '', -1, p_outcome, p_delta)
                ON DUPLICATE KEY UPDATE routings = routings + p_delta;
        END IF;
    END IF;
    IF p_first_decision_at IS NULL AND p_first_decision_due IS NOT NULL THEN
        INSERT INTO routing_awaiting VALUES (p_first_decision_due, 'D', p_agency, p_delta)
            ON DUPLICATE KEY UPDATE routings = routings + p_delta;
    END IF;
    IF p_feedback_at IS NULL AND p_status <> 'CLOSED' AND p_feedback_due IS NOT NULL THEN
        INSERT INTO routing_awaiting VALUES (p_feedback_due, 'F', p_agency, p_delta)
            ON DUPLICATE KEY UPDATE routings = routings + p_delta;
    END IF;
END$$

CREATE TRIGGER routing_figures_on_insert AFTER INSERT ON routing FOR EACH ROW
BEGIN
    CALL routing_figures_apply(NEW.id, NEW.referral_id, NEW.created_on, NEW.agency_code, NEW.referring_agency_code,
                               NEW.decision_working_days, NEW.feedback_working_days, NEW.feedback_at, NEW.usefulness,
                               NEW.outcome_category, NEW.first_decision_at, NEW.first_decision_due, NEW.feedback_due,
                               NEW.status, 1);
END$$

-- Most updates (assignee, question, answer, comments) change nothing counted: they are skipped.
CREATE TRIGGER routing_figures_on_update AFTER UPDATE ON routing FOR EACH ROW
BEGIN
    IF NOT (OLD.created_on <=> NEW.created_on AND OLD.agency_code <=> NEW.agency_code
            AND OLD.referring_agency_code <=> NEW.referring_agency_code AND OLD.referral_id <=> NEW.referral_id
            AND OLD.decision_working_days <=> NEW.decision_working_days
            AND OLD.feedback_working_days <=> NEW.feedback_working_days AND OLD.feedback_at <=> NEW.feedback_at
            AND OLD.usefulness <=> NEW.usefulness AND OLD.outcome_category <=> NEW.outcome_category
            AND OLD.first_decision_at <=> NEW.first_decision_at AND OLD.first_decision_due <=> NEW.first_decision_due
            AND OLD.feedback_due <=> NEW.feedback_due AND OLD.status <=> NEW.status) THEN
        CALL routing_figures_apply(OLD.id, OLD.referral_id, OLD.created_on, OLD.agency_code, OLD.referring_agency_code,
                                   OLD.decision_working_days, OLD.feedback_working_days, OLD.feedback_at, OLD.usefulness,
                                   OLD.outcome_category, OLD.first_decision_at, OLD.first_decision_due, OLD.feedback_due,
                                   OLD.status, -1);
        CALL routing_figures_apply(NEW.id, NEW.referral_id, NEW.created_on, NEW.agency_code, NEW.referring_agency_code,
                                   NEW.decision_working_days, NEW.feedback_working_days, NEW.feedback_at, NEW.usefulness,
                                   NEW.outcome_category, NEW.first_decision_at, NEW.first_decision_due, NEW.feedback_due,
                                   NEW.status, 1);
    END IF;
END$$

-- The application never deletes routings; an administrator's or a test's DELETE keeps the counts
-- exact, including "referrals sent" passing to the referral's next routing.
CREATE TRIGGER routing_figures_on_delete AFTER DELETE ON routing FOR EACH ROW
BEGIN
    DECLARE next_id BIGINT;
    DECLARE next_on DATE;
    DECLARE next_referring VARCHAR(40);
    CALL routing_figures_apply(OLD.id, OLD.referral_id, OLD.created_on, OLD.agency_code, OLD.referring_agency_code,
                               OLD.decision_working_days, OLD.feedback_working_days, OLD.feedback_at, OLD.usefulness,
                               OLD.outcome_category, OLD.first_decision_at, OLD.first_decision_due, OLD.feedback_due,
                               OLD.status, -1);
    IF NOT EXISTS (SELECT 1 FROM routing WHERE referral_id = OLD.referral_id AND id < OLD.id) THEN
        SELECT id, created_on, referring_agency_code INTO next_id, next_on, next_referring
        FROM routing WHERE referral_id = OLD.referral_id ORDER BY id LIMIT 1;
        IF next_id IS NOT NULL AND next_on IS NOT NULL THEN
            INSERT INTO routing_day_figure VALUES (next_on, 'S', '', COALESCE(next_referring, ''), -1, '', 1)
                ON DUPLICATE KEY UPDATE routings = routings + 1;
        END IF;
    END IF;
END$$

DELIMITER ;

-- Backfill from the routings already there, with the same rules.
INSERT INTO routing_day_figure
SELECT created_on, 'R', agency_code, COALESCE(referring_agency_code, ''), -1, '', COUNT(*)
FROM routing WHERE created_on IS NOT NULL GROUP BY created_on, agency_code, referring_agency_code;

INSERT INTO routing_day_figure
SELECT g.created_on, 'S', '', COALESCE(g.referring_agency_code, ''), -1, '', COUNT(*)
FROM routing g WHERE g.created_on IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM routing p WHERE p.referral_id = g.referral_id AND p.id < g.id)
GROUP BY g.created_on, g.referring_agency_code;

INSERT INTO routing_day_figure
SELECT created_on, 'D', agency_code, '', decision_working_days, '', COUNT(*)
FROM routing WHERE created_on IS NOT NULL AND decision_working_days IS NOT NULL
GROUP BY created_on, agency_code, decision_working_days;

INSERT INTO routing_day_figure
SELECT created_on, 'F', agency_code, '', feedback_working_days, '', COUNT(*)
FROM routing WHERE created_on IS NOT NULL AND feedback_working_days IS NOT NULL
GROUP BY created_on, agency_code, feedback_working_days;

INSERT INTO routing_day_figure
SELECT created_on, 'U', agency_code, '', -1, usefulness, COUNT(*)
FROM routing WHERE created_on IS NOT NULL AND feedback_at IS NOT NULL AND usefulness IS NOT NULL
GROUP BY created_on, agency_code, usefulness;

INSERT INTO routing_day_figure
SELECT created_on, 'O', agency_code, '', -1, outcome_category, COUNT(*)
FROM routing WHERE created_on IS NOT NULL AND feedback_at IS NOT NULL AND outcome_category IS NOT NULL
GROUP BY created_on, agency_code, outcome_category;

INSERT INTO routing_awaiting
SELECT first_decision_due, 'D', agency_code, COUNT(*)
FROM routing WHERE first_decision_at IS NULL GROUP BY first_decision_due, agency_code;

INSERT INTO routing_awaiting
SELECT feedback_due, 'F', agency_code, COUNT(*)
FROM routing WHERE feedback_at IS NULL AND status <> 'CLOSED' GROUP BY feedback_due, agency_code;

-- Businesses of interest still count distinct businesses over the period's routings (a count per
-- day cannot be added up): this narrow index holds just what that count reads.
CREATE INDEX ix_routing_business_interest ON routing (created_on, business_id, agency_code);
