-- The business register in the application (issue 5): agency datasets with their saved column
-- mapping, the source records imported from them, each linked to one business, the import jobs
-- with their bad rows, the review queue of candidate matches, and every link decision.

-- A business merged into another (two records found to be the same business) keeps its row, so
-- referrals made against it stay attached to it and follow it if the link is undone.
ALTER TABLE business ADD COLUMN merged_into_id BIGINT NULL,
    ADD CONSTRAINT fk_business_merged_into FOREIGN KEY (merged_into_id) REFERENCES business (id);
CREATE INDEX ix_business_merged_into ON business (merged_into_id);

CREATE TABLE source_dataset (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    agency_code  VARCHAR(40)   NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    column_map   VARCHAR(2000) NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    lock_version BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_source_dataset UNIQUE (agency_code, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE source_record (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    dataset_id        BIGINT       NOT NULL,
    external_id       VARCHAR(100) NOT NULL,
    name              VARCHAR(300) NOT NULL,
    address           VARCHAR(500) NULL,
    town              VARCHAR(100) NULL,
    postcode          VARCHAR(20)  NULL,
    phone             VARCHAR(40)  NULL,
    company_number    VARCHAR(20)  NULL,
    uprn              VARCHAR(20)  NULL,
    contact           VARCHAR(200) NULL,
    business_id       BIGINT       NOT NULL,
    home_business_id  BIGINT       NULL,
    link_method       VARCHAR(20)  NOT NULL,
    link_probability  DOUBLE       NULL,
    linked_by         VARCHAR(100) NULL,
    linked_at         TIMESTAMP(6) NOT NULL,
    first_seen_at     TIMESTAMP(6) NOT NULL,
    updated_at        TIMESTAMP(6) NOT NULL,
    lock_version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_source_record UNIQUE (dataset_id, external_id),
    CONSTRAINT fk_source_record_dataset FOREIGN KEY (dataset_id) REFERENCES source_dataset (id),
    CONSTRAINT fk_source_record_business FOREIGN KEY (business_id) REFERENCES business (id),
    CONSTRAINT fk_source_record_home FOREIGN KEY (home_business_id) REFERENCES business (id),
    INDEX ix_source_record_business (business_id),
    INDEX ix_source_record_postcode (postcode),
    INDEX ix_source_record_first_seen (first_seen_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE import_job (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    dataset_id       BIGINT       NOT NULL,
    file_name        VARCHAR(255) NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    rows_total       INT          NOT NULL DEFAULT 0,
    rows_done        INT          NOT NULL DEFAULT 0,
    rows_added       INT          NOT NULL DEFAULT 0,
    rows_updated     INT          NOT NULL DEFAULT 0,
    rows_unchanged   INT          NOT NULL DEFAULT 0,
    rows_bad         INT          NOT NULL DEFAULT 0,
    linked_auto      INT          NOT NULL DEFAULT 0,
    sent_to_review   INT          NOT NULL DEFAULT 0,
    new_businesses   INT          NOT NULL DEFAULT 0,
    cancel_requested BOOLEAN      NOT NULL DEFAULT FALSE,
    failure          VARCHAR(1000) NULL,
    started_by       VARCHAR(100) NOT NULL,
    started_at       TIMESTAMP(6) NOT NULL,
    finished_at      TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_import_job_dataset FOREIGN KEY (dataset_id) REFERENCES source_dataset (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE import_problem (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    job_id      BIGINT       NOT NULL,
    line_from   INT          NOT NULL,
    line_to     INT          NOT NULL,
    message     VARCHAR(500) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_import_problem_job FOREIGN KEY (job_id) REFERENCES import_job (id),
    INDEX ix_import_problem_job (job_id, line_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A pair of source records the engine was unsure about (between the thresholds), or that a
-- person decided on. REJECTED pairs are never linked automatically again.
CREATE TABLE match_candidate (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    record_id           BIGINT        NOT NULL,
    candidate_record_id BIGINT        NOT NULL,
    probability         DOUBLE        NOT NULL,
    match_weight        DOUBLE        NOT NULL,
    explanation         TEXT          NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    created_at          TIMESTAMP(6)  NOT NULL,
    decided_by          VARCHAR(100)  NULL,
    decided_at          TIMESTAMP(6)  NULL,
    lock_version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_match_candidate UNIQUE (record_id, candidate_record_id),
    CONSTRAINT fk_match_candidate_record FOREIGN KEY (record_id) REFERENCES source_record (id),
    CONSTRAINT fk_match_candidate_candidate FOREIGN KEY (candidate_record_id) REFERENCES source_record (id),
    INDEX ix_match_candidate_queue (status, created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every link decision, by the engine or a person: who, when, what, between which records and
-- businesses.
CREATE TABLE link_decision (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    record_id     BIGINT       NOT NULL,
    candidate_id  BIGINT       NULL,
    business_id   BIGINT       NOT NULL,
    decision      VARCHAR(20)  NOT NULL,
    probability   DOUBLE       NULL,
    decided_by    VARCHAR(100) NOT NULL,
    decided_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_link_decision_record FOREIGN KEY (record_id) REFERENCES source_record (id),
    CONSTRAINT fk_link_decision_candidate FOREIGN KEY (candidate_id) REFERENCES match_candidate (id),
    CONSTRAINT fk_link_decision_business FOREIGN KEY (business_id) REFERENCES business (id),
    INDEX ix_link_decision_record (record_id, decided_at),
    INDEX ix_link_decision_business (business_id, decision)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
