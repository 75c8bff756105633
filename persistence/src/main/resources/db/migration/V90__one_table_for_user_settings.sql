-- Drafts of concern cards (V5) and saved inbox filters (V8) were two tables of the same shape:
-- one JSON document per user. They become kinds of one table.
CREATE TABLE user_setting (
    username VARCHAR(100) NOT NULL,
    kind     VARCHAR(40)  NOT NULL,
    content  MEDIUMTEXT   NOT NULL,
    saved_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (username, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO user_setting (username, kind, content, saved_at)
SELECT username, 'referral-draft', content, saved_at FROM referral_draft;

INSERT INTO user_setting (username, kind, content, saved_at)
SELECT username, 'inbox-filter', content, saved_at FROM saved_inbox_filter;

DROP TABLE referral_draft;
DROP TABLE saved_inbox_filter;
