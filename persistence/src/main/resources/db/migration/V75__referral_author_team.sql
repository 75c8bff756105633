-- The team the referring officer belonged to when the referral was submitted (the identity
-- provider's "team" claim), for referrals per team on the managers' dashboard. Null for referrals
-- submitted before teams were recorded, or by officers in no team: "No team recorded".
ALTER TABLE referral ADD COLUMN author_team VARCHAR(100) NULL AFTER author_agency_code;
