-- Issue 8: the sharing agreements register keeps its history. Every recording, change or ending of
-- an agreement adds a row with the terms as they were then, who did it and when; the row in
-- sharing_agreement stays the terms in force.
CREATE TABLE sharing_agreement_change (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    from_agency        VARCHAR(40)  NOT NULL,
    to_agency          VARCHAR(40)  NOT NULL,
    change_kind        VARCHAR(20)  NOT NULL,
    may_refer          BOOLEAN      NOT NULL,
    gateway            VARCHAR(200) NOT NULL,
    gateway_reference  VARCHAR(100) NOT NULL,
    disclosure_level   VARCHAR(20)  NOT NULL,
    starts_on          DATE         NOT NULL,
    ends_on            DATE         NULL,
    document_reference VARCHAR(100) NOT NULL,
    changed_by         VARCHAR(100) NOT NULL,
    changed_at         TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_agreement_change_pair (from_agency, to_agency, changed_at),
    CONSTRAINT fk_agreement_change_from FOREIGN KEY (from_agency) REFERENCES agency (code),
    CONSTRAINT fk_agreement_change_to FOREIGN KEY (to_agency) REFERENCES agency (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The terms recorded so far start each agreement's history.
INSERT INTO sharing_agreement_change (from_agency, to_agency, change_kind, may_refer, gateway, gateway_reference,
                                      disclosure_level, starts_on, ends_on, document_reference, changed_by, changed_at)
SELECT from_agency, to_agency, 'RECORDED', may_refer, gateway, gateway_reference, disclosure_level, starts_on,
       ends_on, document_reference, 'migration', UTC_TIMESTAMP(6)
FROM sharing_agreement;
