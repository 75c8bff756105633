-- Visit notices and information requests (issue 16): a notification is about a referral (its
-- reference), a visit or an information request between desks (their ids).
ALTER TABLE notification MODIFY reference VARCHAR(20) NULL;
ALTER TABLE notification ADD COLUMN visit_id BIGINT NULL;
ALTER TABLE notification ADD COLUMN request_id BIGINT NULL;

-- Each agency's outcome says whether it found concerns: "no concerns found" is intelligence too.
-- Outcomes recorded before this change said neither (NULL).
ALTER TABLE visit_outcome ADD COLUMN concerns_found BOOLEAN NULL;
