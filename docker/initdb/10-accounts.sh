#!/bin/bash
# Runs once, when the MariaDB container initialises an empty data volume (ADR 0007):
# the schema owner migrates and grants; the application's account starts with SELECT only and
# receives its table rights from the owner after each migration (never UPDATE/DELETE on the audit trail).
set -euo pipefail
mariadb -uroot -p"${MARIADB_ROOT_PASSWORD}" <<SQL
CREATE USER IF NOT EXISTS 'eyesandears_owner'@'%' IDENTIFIED BY '${DB_OWNER_PASSWORD}';
GRANT ALL PRIVILEGES ON \`${MARIADB_DATABASE}\`.* TO 'eyesandears_owner'@'%' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS 'eyesandears'@'%' IDENTIFIED BY '${DB_PASSWORD}';
GRANT SELECT ON \`${MARIADB_DATABASE}\`.* TO 'eyesandears'@'%';
SQL
# Keycloak's own database and account (KC_DB_* in compose.yaml).
mariadb -uroot -p"${MARIADB_ROOT_PASSWORD}" <<SQL
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY '${KEYCLOAK_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
SQL
