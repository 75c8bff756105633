-- In-app notifications (and the e-mails sent for them): what happened, about which referral, for
-- whom, and whether they have seen it. Roles are kept on the profile to find an agency's desks.
ALTER TABLE user_profile ADD COLUMN roles VARCHAR(200) NULL;

CREATE TABLE notification (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    username   VARCHAR(100) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    kind       VARCHAR(30)  NOT NULL,
    reference  VARCHAR(20)  NOT NULL,
    message    VARCHAR(300) NOT NULL,
    read_at    TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    INDEX ix_notification_user (username, read_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
