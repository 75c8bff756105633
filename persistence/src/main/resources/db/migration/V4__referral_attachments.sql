-- Photos and documents attached to a referral. The bytes live in files outside the web root
-- (storage_key names the file); the database keeps what is needed to check and serve them.
CREATE TABLE attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    referral_id  BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(50)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    storage_key  VARCHAR(36)  NOT NULL,
    uploaded_at  TIMESTAMP(6) NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_attachment_storage_key UNIQUE (storage_key),
    CONSTRAINT fk_attachment_referral FOREIGN KEY (referral_id) REFERENCES referral (id),
    INDEX ix_attachment_referral (referral_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
