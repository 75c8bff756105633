-- Information requests between agencies' desks about a business (issue 16): asked under the
-- sharing agreement from the asking agency to the one asked, answered under the agreement back,
-- tracked with a due date and rated by the asking desk, like a routing.
CREATE TABLE information_request (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    business_id  BIGINT        NOT NULL,
    from_agency  VARCHAR(40)   NOT NULL,
    to_agency    VARCHAR(40)   NOT NULL,
    asked_by     VARCHAR(100)  NOT NULL,
    asked_at     TIMESTAMP(6)  NOT NULL,
    question     VARCHAR(2000) NOT NULL,
    due_on       DATE          NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    answer       VARCHAR(4000) NULL,
    answered_by  VARCHAR(100)  NULL,
    answered_at  TIMESTAMP(6)  NULL,
    usefulness   VARCHAR(20)   NULL,
    rated_by     VARCHAR(100)  NULL,
    rated_at     TIMESTAMP(6)  NULL,
    lock_version BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_information_request_business FOREIGN KEY (business_id) REFERENCES business (id),
    INDEX ix_information_request_to (to_agency, status, due_on),
    INDEX ix_information_request_from (from_agency, asked_at),
    INDEX ix_information_request_business (business_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
