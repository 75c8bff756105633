-- The inbox lists urgent routings first, then the newest. Keeping the referral's urgency on the
-- routing lets one index per agency serve that order, instead of sorting the agency's routings
-- joined with their referrals on every page.
ALTER TABLE routing ADD COLUMN urgent BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE routing g JOIN referral r ON r.id = g.referral_id SET g.urgent = (r.urgency = 'URGENT');

CREATE INDEX ix_routing_inbox_order ON routing (agency_code, urgent, created_at, id);
CREATE INDEX ix_routing_inbox_status_order ON routing (agency_code, status, urgent, created_at, id);
DROP INDEX ix_routing_inbox ON routing;
