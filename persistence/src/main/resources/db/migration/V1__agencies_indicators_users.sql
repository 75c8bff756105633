-- Foundation schema: partner agencies, golden indicators and local user profiles.
-- Times are stored as UTC (TIMESTAMP(6) with hibernate.jdbc.time_zone=UTC).

CREATE TABLE agency (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    code         VARCHAR(40)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    lock_version BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_agency_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    code            VARCHAR(60)  NOT NULL,
    concern_area    VARCHAR(100) NOT NULL,
    wording         VARCHAR(500) NOT NULL,
    wording_version INT          NOT NULL DEFAULT 1,
    display_order   INT          NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    lock_version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_indicator_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_receiver (
    indicator_id BIGINT NOT NULL,
    agency_id    BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, agency_id),
    CONSTRAINT fk_indicator_receiver_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_indicator_receiver_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_profile (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    username       VARCHAR(100) NOT NULL,
    display_name   VARCHAR(200) NULL,
    email          VARCHAR(254) NULL,
    agency_code    VARCHAR(40)  NULL,
    first_login_at TIMESTAMP(6) NOT NULL,
    last_login_at  TIMESTAMP(6) NOT NULL,
    lock_version   BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_profile_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
