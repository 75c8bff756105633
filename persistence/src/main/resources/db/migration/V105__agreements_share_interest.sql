-- Issue 13: that an agency has an interest in a business (an open routing, a record in one of its
-- datasets) is itself intelligence. Each agreement now says whether the referring side lets the
-- receiving side know of its interest (ADR 0017). Police, Immigration Enforcement and HMRC share
-- it with nobody by default: telling another agency that they hold a live referral on a business
-- could tip off its owner. Everyone else shares with every partner under ISP-2024-01.
ALTER TABLE sharing_agreement ADD COLUMN shares_interest BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE sharing_agreement_change ADD COLUMN shares_interest BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE sharing_agreement SET shares_interest = TRUE
WHERE from_agency NOT IN ('POLICE', 'IMMIGRATION', 'HMRC');
UPDATE sharing_agreement_change c JOIN sharing_agreement a
    ON a.from_agency = c.from_agency AND a.to_agency = c.to_agency
SET c.shares_interest = a.shares_interest;
