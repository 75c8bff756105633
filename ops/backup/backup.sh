#!/usr/bin/env bash
# Takes a physical backup of the application's MariaDB with mariadb-backup (Debian package
# mariadb-backup, the same version as the server): a full one, or an incremental one on top of the
# newest backup in BACKUP_DIR. Runs on the database host (it reads the data directory).
#
#   ops/backup/backup.sh full          # e.g. nightly
#   ops/backup/backup.sh incremental   # e.g. hourly; needs a full backup first
#
# Settings (environment):
#   BACKUP_DIR       where backups go (default /var/backups/eyesandears); one folder per backup,
#                    named <UTC time>-full or <UTC time>-incr, each with a backup.info
#   DB_SOCKET        the server's socket (default /run/mysqld/mysqld.sock), or DB_HOST + DB_PORT
#   BACKUP_USER, BACKUP_PASSWORD   an account with RELOAD, PROCESS, LOCK TABLES, BINLOG MONITOR
#                    (docs/deployment.md, "Backups and restore"); default: root over the socket
#   DB_DATADIR       the server's data directory, when mariadb-backup cannot ask the server
# Exit status 0 only when mariadb-backup said "completed OK!".
set -euo pipefail

kind=${1:-}
[ "$kind" = full ] || [ "$kind" = incremental ] || { echo "usage: $0 full|incremental" >&2; exit 2; }
BACKUP_DIR=${BACKUP_DIR:-/var/backups/eyesandears}
mkdir -p "$BACKUP_DIR"

connect=(--user="${BACKUP_USER:-root}")
[ -n "${BACKUP_PASSWORD:-}" ] && connect+=(--password="$BACKUP_PASSWORD")
if [ -n "${DB_HOST:-}" ]; then
  connect+=(--host="$DB_HOST" --port="${DB_PORT:-3306}")
else
  connect+=(--socket="${DB_SOCKET:-/run/mysqld/mysqld.sock}")
fi
[ -n "${DB_DATADIR:-}" ] && connect+=(--datadir="$DB_DATADIR")

stamp=$(date -u +%Y%m%dT%H%M%SZ)
extra=()
if [ "$kind" = incremental ]; then
  # The base is the newest backup of any kind: incrementals chain on each other.
  base=$(ls -1d "$BACKUP_DIR"/*-full "$BACKUP_DIR"/*-incr 2>/dev/null | sort | tail -1 || true)
  [ -n "$base" ] || { echo "No full backup in $BACKUP_DIR: take one first ($0 full)." >&2; exit 1; }
  target="$BACKUP_DIR/$stamp-incr"
  extra=(--incremental-basedir="$base")
else
  target="$BACKUP_DIR/$stamp-full"
fi

log="$target.log"
started=$(date +%s.%N)
if ! mariadb-backup --backup "${connect[@]}" --target-dir="$target" "${extra[@]}" > "$log" 2>&1 \
   || ! grep -q "completed OK!" "$log"; then
  echo "mariadb-backup failed; the last lines of $log:" >&2
  tail -20 "$log" >&2
  exit 1
fi
ended=$(date +%s.%N)
mv "$log" "$target/mariadb-backup.log"

{
  echo "kind=$kind"
  echo "base=${base:+$(basename "$base")}"
  echo "started=$(date -u -d "@${started%.*}" +%Y-%m-%dT%H:%M:%SZ)"
  printf 'seconds=%.1f\n' "$(echo "$ended - $started" | bc)"
  echo "bytes=$(du -sb "$target" | cut -f1)"
  # Where the binary logs take over for point-in-time recovery: file, position, GTID.
  echo "binlog=$(cat "$target/xtrabackup_binlog_info" 2>/dev/null | tr '\t' ' ')"
} > "$target/backup.info"
echo "$target"
cat "$target/backup.info"
