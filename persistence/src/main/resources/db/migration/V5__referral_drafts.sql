-- The concern card an officer has started but not sent, saved as they type, one per officer.
CREATE TABLE referral_draft (
    username VARCHAR(100) NOT NULL,
    content  MEDIUMTEXT   NOT NULL,
    saved_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
