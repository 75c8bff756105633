#!/usr/bin/env bash
# Restores a full backup and the incrementals after it into an empty data directory, with
# mariadb-backup: copies the full backup aside (the backups stay untouched), prepares it, applies
# each incremental in order, then copies the result into DATADIR. Start a mariadbd on DATADIR
# afterwards (as the OS user that owns it); for the changes since the last backup, replay the
# binary logs (ops/backup/pitr.sh).
#
#   ops/backup/restore.sh DATADIR FULL_BACKUP [INCREMENTAL ...]
#
# DATADIR must not exist or be empty. WORK_DIR (default DATADIR.prepare) holds the prepared copy;
# it is removed at the end unless KEEP_WORK=1.
set -euo pipefail

[ $# -ge 2 ] || { echo "usage: $0 DATADIR FULL_BACKUP [INCREMENTAL ...]" >&2; exit 2; }
datadir=$1; full=$2; shift 2
if [ -d "$datadir" ] && [ -n "$(ls -A "$datadir")" ]; then
  echo "$datadir is not empty: restore into an empty directory." >&2; exit 1
fi
grep -q '^kind=full' "$full/backup.info" || { echo "$full is not a full backup (backup.info)." >&2; exit 1; }
work=${WORK_DIR:-$datadir.prepare}
rm -rf "$work"
cp -a "$full" "$work"

run() {  # mariadb-backup with its chatter in a log, and its last lines when it fails
  local log=$work.log
  if ! mariadb-backup "$@" > "$log" 2>&1 || ! grep -q "completed OK!" "$log"; then
    echo "mariadb-backup $1 failed; the last lines of $log:" >&2; tail -20 "$log" >&2; exit 1
  fi
}

run --prepare --target-dir="$work"
last=$full
for incremental in "$@"; do
  base=$(sed -n 's/^base=//p' "$incremental/backup.info")
  [ "$base" = "$(basename "$last")" ] || {
    echo "$incremental was taken on top of $base, not $(basename "$last"): give the incrementals in order." >&2
    exit 1; }
  run --prepare --target-dir="$work" --incremental-dir="$incremental"
  last=$incremental
done
mkdir -p "$datadir"
run --copy-back --target-dir="$work" --datadir="$datadir"
[ "$(id -u)" = 0 ] && id mysql > /dev/null 2>&1 && [ "${CHOWN_MYSQL:-1}" = 1 ] && chown -R mysql:mysql "$datadir"
echo "Restored $(basename "$full")${*:+ + $# incremental(s)} into $datadir."
echo "Point-in-time recovery starts at: $(cat "$work/xtrabackup_binlog_info" | tr '\t' ' ')"
cp "$work/xtrabackup_binlog_info" "$datadir/restored_from_binlog_info"
[ "${KEEP_WORK:-0}" = 1 ] || rm -rf "$work" "$work.log"
