-- Back-channel logouts from Keycloak, for every node of a cluster (issue 17, ADR 0039): Keycloak posts
-- a logout to one node through the balancer; that node ends the sessions it knows and writes the
-- logout here, and every node ends its own signed-in sessions of that Keycloak session (sid), or of
-- that user (subject, when no sid was given) signed in before the logout, at their next request.
CREATE TABLE session_logout (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    sid      VARCHAR(100) NULL,
    subject  VARCHAR(100) NULL,
    ended_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_session_logout_sid (sid),
    KEY ix_session_logout_subject (subject, ended_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
