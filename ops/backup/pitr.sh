#!/usr/bin/env bash
# Point-in-time recovery: replays the source server's binary logs into a restored server, from
# where the restored backup ends (restored_from_binlog_info, written by restore.sh) up to a moment
# or to the end. Run it against the restored server before the application connects to it.
#
#   ops/backup/pitr.sh RESTORED_DATADIR BINLOG_DIR [STOP_DATETIME]
#
#   BINLOG_DIR      the copied binary logs of the server the backup was taken from (log_bin_basename's
#                   folder), e.g. from the failed host or the binlog archive
#   STOP_DATETIME   optional, e.g. "2026-12-06 21:59:00" (server time zone): stop before the first
#                   event at or after it, such as the mistaken DELETE to undo; default: replay all
# Connection to the restored server: MARIADB_OPTS (default "--user=root"), e.g.
#   MARIADB_OPTS="--socket=/run/mysqld/restored.sock --user=root".
set -euo pipefail

[ $# -ge 2 ] || { echo "usage: $0 RESTORED_DATADIR BINLOG_DIR [STOP_DATETIME]" >&2; exit 2; }
datadir=$1; binlogs=$2; stop=${3:-}
read -r file position _ < "$datadir/restored_from_binlog_info"
[ -n "$file" ] || { echo "No binary log position in $datadir/restored_from_binlog_info: was binlogging on?" >&2; exit 1; }
# The file the backup ended in and every later one, in order (their names sort by number).
files=()
for f in $(ls -1 "$binlogs" | grep -E "^${file%.*}\.[0-9]+$" | sort); do
  [[ "$f" < "$file" ]] || files+=("$binlogs/$f")
done
[ ${#files[@]} -gt 0 ] || { echo "$file is not in $binlogs." >&2; exit 1; }
args=(--start-position="$position")
[ -n "$stop" ] && args+=(--stop-datetime="$stop")
echo "Replaying ${files[*]##*/} from position $position${stop:+ up to $stop}" >&2
# shellcheck disable=SC2086
mariadb-binlog "${args[@]}" "${files[@]}" | mariadb ${MARIADB_OPTS:---user=root}
