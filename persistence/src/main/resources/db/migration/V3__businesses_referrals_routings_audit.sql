-- Concern referrals: the businesses they are about, the referrals with the indicator wording as
-- submitted, one routing per receiving agency, and the audit trail of DPA 2018 s62 operations.

CREATE TABLE business (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    trading_name   VARCHAR(200) NOT NULL,
    address_line1  VARCHAR(200) NULL,
    address_line2  VARCHAR(200) NULL,
    town           VARCHAR(100) NULL,
    postcode       VARCHAR(8)   NULL,
    phone          VARCHAR(30)  NULL,
    company_number VARCHAR(8)   NULL,
    uprn           VARCHAR(12)  NULL,
    confirmed      BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMP(6) NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    lock_version   BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_business_postcode (postcode),
    INDEX ix_business_trading_name (trading_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE referral_reference_counter (
    year       INT NOT NULL,
    last_value INT NOT NULL,
    PRIMARY KEY (year)
) ENGINE = InnoDB;

CREATE TABLE referral (
    id                        BIGINT        NOT NULL AUTO_INCREMENT,
    reference                 VARCHAR(20)   NOT NULL,
    business_id               BIGINT        NOT NULL,
    author_username           VARCHAR(100)  NOT NULL,
    author_agency_code        VARCHAR(40)   NOT NULL,
    visit_date                DATE          NOT NULL,
    visit_reason              VARCHAR(500)  NULL,
    observation               VARCHAR(4000) NOT NULL,
    other_concern             VARCHAR(1000) NULL,
    other_concern_agency_code VARCHAR(40)   NULL,
    source_evaluation         VARCHAR(20)   NOT NULL,
    intelligence_assessment   VARCHAR(20)   NOT NULL,
    handling_code             VARCHAR(20)   NOT NULL,
    handling_conditions       VARCHAR(1000) NULL,
    urgency                   VARCHAR(10)   NOT NULL,
    submitted_at              TIMESTAMP(6)  NOT NULL,
    idempotency_key           VARCHAR(100)  NULL,
    lock_version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_referral_reference UNIQUE (reference),
    CONSTRAINT uk_referral_idempotency UNIQUE (author_username, idempotency_key),
    CONSTRAINT fk_referral_business FOREIGN KEY (business_id) REFERENCES business (id),
    INDEX ix_referral_author (author_username, submitted_at),
    INDEX ix_referral_author_agency (author_agency_code, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE referral_indicator (
    referral_id     BIGINT       NOT NULL,
    position        INT          NOT NULL,
    indicator_code  VARCHAR(60)  NOT NULL,
    concern_area    VARCHAR(100) NOT NULL,
    wording         VARCHAR(500) NOT NULL,
    wording_version INT          NOT NULL,
    PRIMARY KEY (referral_id, position),
    CONSTRAINT fk_referral_indicator_referral FOREIGN KEY (referral_id) REFERENCES referral (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE referral_person (
    referral_id         BIGINT       NOT NULL,
    position            INT          NOT NULL,
    name_or_description VARCHAR(200) NOT NULL,
    role_at_premises    VARCHAR(200) NULL,
    category            VARCHAR(20)  NOT NULL,
    PRIMARY KEY (referral_id, position),
    CONSTRAINT fk_referral_person_referral FOREIGN KEY (referral_id) REFERENCES referral (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE routing (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    referral_id  BIGINT       NOT NULL,
    agency_code  VARCHAR(40)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    lock_version BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_routing_referral_agency UNIQUE (referral_id, agency_code),
    CONSTRAINT fk_routing_referral FOREIGN KEY (referral_id) REFERENCES referral (id),
    INDEX ix_routing_inbox (agency_code, status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who did what to which object, when, from where. Ids only: no personal data is copied here.
CREATE TABLE audit_record (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    TIMESTAMP(6) NOT NULL,
    username       VARCHAR(100) NOT NULL,
    agency_code    VARCHAR(40)  NULL,
    operation      VARCHAR(20)  NOT NULL,
    object_type    VARCHAR(40)  NOT NULL,
    object_id      VARCHAR(40)  NOT NULL,
    detail         VARCHAR(500) NULL,
    reason         VARCHAR(500) NULL,
    client_address VARCHAR(64)  NULL,
    channel        VARCHAR(10)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_object (object_type, object_id, occurred_at),
    INDEX ix_audit_user (username, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
