-- Scheduled work runs once across a cluster (issue 17): every node's timer fires, and the first to
-- take the job's lease runs it; the others find it held and skip. A row per job, made on first use.
CREATE TABLE job_lease (
    name        VARCHAR(60)  NOT NULL,
    holder      VARCHAR(120) NULL,
    held_until  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
