-- Business type on the register (issue 16, deliverable 8): partnerships target by type (car washes,
-- nail bars, takeaways, HMOs, hotels, money service businesses). The register entry holds one type
-- from a fixed list (BusinessType), given on the concern card or read from an agency dataset's
-- column; the dataset row keeps the agency's own wording as it came.
ALTER TABLE business
    ADD COLUMN business_type VARCHAR(30) NULL;

ALTER TABLE source_record
    ADD COLUMN business_type VARCHAR(100) NULL;

CREATE INDEX ix_business_type ON business (business_type, postcode);
