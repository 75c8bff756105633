-- Issue 8: sharing agreements between agencies (replacing the per-agency feedback level) and the
-- hash chain that makes the audit trail tamper-evident.

-- One agreement per direction: from the referring agency to the receiving one. It says whether
-- referrals may flow, under which legal gateway, and what the receiver may disclose back.
CREATE TABLE sharing_agreement (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    from_agency        VARCHAR(40)  NOT NULL,
    to_agency          VARCHAR(40)  NOT NULL,
    may_refer          BOOLEAN      NOT NULL,
    gateway            VARCHAR(200) NOT NULL,
    gateway_reference  VARCHAR(100) NOT NULL,
    disclosure_level   VARCHAR(20)  NOT NULL,
    starts_on          DATE         NOT NULL,
    ends_on            DATE         NULL,
    document_reference VARCHAR(100) NOT NULL,
    lock_version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE INDEX ux_agreement_pair (from_agency, to_agency),
    CONSTRAINT fk_agreement_from FOREIGN KEY (from_agency) REFERENCES agency (code),
    CONSTRAINT fk_agreement_to FOREIGN KEY (to_agency) REFERENCES agency (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The partnership's information sharing protocol (demo reference ISP-2024-01) covers every pair
-- of seed agencies, under the gateway that fits the receiver. HMRC receives under CRCA 2005 but
-- may tell the referrer only that a referral was received or actioned, and refers nothing onward.
INSERT INTO sharing_agreement (from_agency, to_agency, may_refer, gateway, gateway_reference,
                               disclosure_level, starts_on, ends_on, document_reference)
SELECT s.code, r.code,
       s.code <> 'HMRC',
       CASE r.code
           WHEN 'HMRC' THEN 'Commissioners for Revenue and Customs Act 2005'
           WHEN 'IMMIGRATION' THEN 'Immigration and Asylum Act 1999'
           WHEN 'TRADING_STD' THEN 'Enterprise Act 2002 Part 9'
           ELSE 'Crime and Disorder Act 1998' END,
       CASE r.code
           WHEN 'HMRC' THEN 's18-20'
           WHEN 'IMMIGRATION' THEN 's20'
           WHEN 'TRADING_STD' THEN 's241'
           ELSE 's115' END,
       CASE WHEN r.code = 'HMRC' THEN 'RECEIVED_ACTIONED' ELSE 'FULL' END,
       DATE '2024-04-01', NULL,
       CASE WHEN r.code = 'HMRC' THEN 'ISP-2024-01 schedule 3 (HMRC)' ELSE 'ISP-2024-01' END
FROM agency s JOIN agency r ON s.code <> r.code;

-- The agreement now decides what is disclosed back; the per-agency setting goes.
ALTER TABLE agency DROP COLUMN feedback_level;

-- Tamper evidence: each audit row carries its place in the chain, the previous row's hash and its
-- own SHA-256 over its content and that previous hash. Rows written before this migration stay
-- unchained (chain_seq NULL) and are reported as such by the verifier.
ALTER TABLE audit_record
    ADD COLUMN chain_seq BIGINT   NULL,
    ADD COLUMN prev_hash CHAR(64) NULL,
    ADD COLUMN row_hash  CHAR(64) NULL,
    ADD UNIQUE INDEX ux_audit_chain_seq (chain_seq),
    ADD INDEX ix_audit_agency (agency_code, occurred_at),
    ADD INDEX ix_audit_time (occurred_at);

-- The chain head: one row, locked (SELECT ... FOR UPDATE) by every writer so that concurrent
-- transactions extend the chain one after another.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, 0, REPEAT('0', 64));
