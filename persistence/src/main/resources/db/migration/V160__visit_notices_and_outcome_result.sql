-- Visit notices (issue 16): a notification is about a referral or about a visit. A notice about a
-- visit names the visit by its id; the reference stays for notices about referrals.
ALTER TABLE notification MODIFY reference VARCHAR(20) NULL;
ALTER TABLE notification ADD COLUMN visit_id BIGINT NULL;

-- Each agency's outcome says whether it found concerns: "no concerns found" is intelligence too.
-- Outcomes recorded before this change said neither (NULL).
ALTER TABLE visit_outcome ADD COLUMN concerns_found BOOLEAN NULL;
