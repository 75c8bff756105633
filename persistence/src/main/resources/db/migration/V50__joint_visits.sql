-- Joint visits: operations (weeks of action), visits with their agencies, named officers, the
-- referrals that prompted them, clash warnings overridden with a reason, each agency's outcome,
-- follow-up tasks, and each user's calendar-feed token.

CREATE TABLE operation (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    name         VARCHAR(200)  NOT NULL,
    lead_agency  VARCHAR(40)   NOT NULL,
    starts_on    DATE          NOT NULL,
    ends_on      DATE          NOT NULL,
    area         VARCHAR(200)  NULL,
    description  VARCHAR(2000) NULL,
    created_by   VARCHAR(100)  NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    lock_version BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_operation_lead FOREIGN KEY (lead_agency) REFERENCES agency (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    business_id       BIGINT        NOT NULL,
    operation_id      BIGINT        NULL,
    starts_at         TIMESTAMP(6)  NOT NULL,
    ends_at           TIMESTAMP(6)  NOT NULL,
    purpose           VARCHAR(20)   NOT NULL,
    lead_agency       VARCHAR(40)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    cancel_reason     VARCHAR(2000) NULL,
    risk_notes        VARCHAR(4000) NULL,
    postcode_district VARCHAR(4)    NULL,
    created_by        VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    changed_by        VARCHAR(100)  NULL,
    changed_at        TIMESTAMP(6)  NULL,
    lock_version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_visit_business FOREIGN KEY (business_id) REFERENCES business (id),
    CONSTRAINT fk_visit_operation FOREIGN KEY (operation_id) REFERENCES operation (id),
    CONSTRAINT fk_visit_lead FOREIGN KEY (lead_agency) REFERENCES agency (code),
    INDEX ix_visit_time (starts_at),
    INDEX ix_visit_business (business_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit_agency (
    visit_id       BIGINT        NOT NULL,
    agency_code    VARCHAR(40)   NOT NULL,
    head_count     INT           NOT NULL,
    response       VARCHAR(20)   NOT NULL,
    responded_by   VARCHAR(100)  NULL,
    responded_at   TIMESTAMP(6)  NULL,
    decline_reason VARCHAR(2000) NULL,
    PRIMARY KEY (visit_id, agency_code),
    CONSTRAINT fk_visit_agency_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_visit_agency_agency FOREIGN KEY (agency_code) REFERENCES agency (code),
    INDEX ix_visit_agency_agency (agency_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit_officer (
    visit_id     BIGINT       NOT NULL,
    username     VARCHAR(100) NOT NULL,
    agency_code  VARCHAR(40)  NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    PRIMARY KEY (visit_id, username),
    CONSTRAINT fk_visit_officer_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    INDEX ix_visit_officer_user (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit_referral (
    visit_id    BIGINT NOT NULL,
    referral_id BIGINT NOT NULL,
    PRIMARY KEY (visit_id, referral_id),
    CONSTRAINT fk_visit_referral_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_visit_referral_referral FOREIGN KEY (referral_id) REFERENCES referral (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit_clash_override (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    visit_id      BIGINT        NOT NULL,
    kind          VARCHAR(30)   NOT NULL,
    detail        VARCHAR(500)  NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    overridden_by VARCHAR(100)  NOT NULL,
    overridden_at TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_clash_override_visit FOREIGN KEY (visit_id) REFERENCES visit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit_outcome (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    visit_id     BIGINT        NOT NULL,
    agency_code  VARCHAR(40)   NOT NULL,
    findings     VARCHAR(4000) NOT NULL,
    arrests      INT           NOT NULL DEFAULT 0,
    notices      INT           NOT NULL DEFAULT 0,
    seizures     INT           NOT NULL DEFAULT 0,
    advice_given BOOLEAN       NOT NULL DEFAULT FALSE,
    recorded_by  VARCHAR(100)  NOT NULL,
    recorded_at  TIMESTAMP(6)  NOT NULL,
    lock_version BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_visit_outcome_agency UNIQUE (visit_id, agency_code),
    CONSTRAINT fk_visit_outcome_visit FOREIGN KEY (visit_id) REFERENCES visit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE follow_up_task (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    visit_id    BIGINT        NOT NULL,
    agency_code VARCHAR(40)   NOT NULL,
    description VARCHAR(1000) NOT NULL,
    owner       VARCHAR(100)  NOT NULL,
    due_on      DATE          NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    done_at     TIMESTAMP(6)  NULL,
    done_by     VARCHAR(100)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_follow_up_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    INDEX ix_follow_up_owner (owner, done_at, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A personal, revocable calendar subscription: only the SHA-256 of the token is stored.
CREATE TABLE calendar_feed (
    username   VARCHAR(100) NOT NULL,
    token_hash VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (username),
    CONSTRAINT uk_calendar_feed_token UNIQUE (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
