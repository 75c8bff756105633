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
