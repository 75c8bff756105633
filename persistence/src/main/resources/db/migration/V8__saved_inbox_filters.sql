-- Each desk officer's inbox filters, kept between visits.
CREATE TABLE saved_inbox_filter (
    username VARCHAR(100)  NOT NULL,
    content  VARCHAR(2000) NOT NULL,
    saved_at TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
