#!/usr/bin/env bash
# Restore drill: a real backup and restore of the application's database, checked with the
# application's own verifier. Needs Debian's mariadb-server and mariadb-backup (10.11) and a build
# (./mvnw -DskipTests package). Takes about 5 minutes; heavy, so on shared machines wrap it in the
# test semaphore.
#
#  1. A fresh Debian MariaDB (binary logs on) with the application's accounts; the application
#     (WildFly + Keycloak, devstack) migrates it and loads the demo data through its own API.
#  2. An officer keeps sending referrals through the API while a full and then an incremental
#     backup are taken (ops/backup/backup.sh); every acknowledged referral's reference is kept.
#  3. Readiness: with the database frozen (SIGSTOP: a dead network, not a refused connection),
#     /health/ready must answer 503 within seconds and /health/live stay 200.
#  4. Restore full + incremental into a fresh data directory (ops/backup/restore.sh); start a
#     second MariaDB on it; every referral acknowledged before the incremental began must be there.
#  5. Point-in-time recovery (ops/backup/pitr.sh): replay the binary logs from the backup's end;
#     then every table must equal the source's (CHECKSUM TABLE) and every acknowledged referral
#     must be there.
#  6. The application restarted on the restored database: /health/ready UP, and the auditor's
#     chain verification (POST /api/audit/chain/verification, AuditChainVerifier against the audit
#     keys and the checkpoints the first run wrote) must report the chain intact.
# Figures (backup sizes and times, restore and replay times) go to target/restore-drill/figures.txt.
#
# Ports: DRILL_PORT_OFFSET (default 50000): MariaDB 3306+offset (source) and 3307+offset
# (restored), application 8080+offset, management 9990+offset, Keycloak 8180+offset.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
O=${DRILL_PORT_OFFSET:-50000}
W=$root/target/restore-drill
SRC_PORT=$((3306 + O)); DST_PORT=$((3307 + O)); APP=http://localhost:$((8080 + O)); KC=http://localhost:$((8180 + O))
figures=$W/figures.txt
pids=()

say() { echo "[drill $(date -u +%H:%M:%S)] $*"; }
fail() { say "FAILED: $*"; exit 1; }
now() { date +%s.%N; }
secs() { printf '%.1f' "$(echo "$2 - $1" | bc)"; }
cleanup() {
  for p in "${pids[@]}"; do kill -CONT "$p" 2>/dev/null || true; kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

[ -x /usr/sbin/mariadbd ] && command -v mariadb-backup > /dev/null \
  || fail "needs Debian's mariadb-server and mariadb-backup: apt-get install -y mariadb-server mariadb-backup"
[ -f ear/target/eyesandears.ear ] && [ -f devstack/target/classpath.txt ] || fail "build first: ./mvnw -DskipTests package"
rm -rf "$W"; mkdir -p "$W/backups" "$W/binlog"
: > "$figures"

start_db() {  # name datadir port [extra args]: a mariadbd as root, on loopback, logs in $W/name.err
  local name=$1 datadir=$2 port=$3; shift 3
  /usr/sbin/mariadbd --no-defaults --user=root --datadir="$datadir" --port="$port" --bind-address=127.0.0.1 \
    --socket="$W/$name.sock" --pid-file="$W/$name.pid" --log-error="$W/$name.err" \
    --innodb-buffer-pool-size=128M --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci "$@" &
  pids+=($!)
  for _ in $(seq 60); do mariadb --socket="$W/$name.sock" -uroot -e 'select 1' > /dev/null 2>&1 && return 0; sleep 0.5; done
  tail "$W/$name.err"; fail "$name MariaDB did not start"
}
sql() { mariadb --socket="$W/$1.sock" -uroot -N -B -e "$2"; }

token() {  # user -> access token (the dev realm's public CLI client)
  curl -sf -d grant_type=password -d client_id=eyesandears-cli -d "username=$1" -d "password=$1" \
    "$KC/realms/eyesandears/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

start_app() {  # db-port log: the devstack (Keycloak + WildFly) against that database, in the background
  DB_URL="jdbc:mariadb://localhost:$1/eyesandears" DB_USER=eyesandears DB_PASSWORD=eyesandears \
  DB_OWNER_USER=eyesandears_owner DB_OWNER_PASSWORD=eyesandears_owner \
  DEVSTACK_PORT_OFFSET=$O DEVSTACK_DATA=target/restore-drill/stack \
    java -cp "devstack/target/classes:$(cat devstack/target/classpath.txt)" org.eyesandears.devstack.DevStack > "$2" 2>&1 &
  app_pid=$!; pids+=($app_pid)
  for _ in $(seq 600); do
    grep -q "Press Ctrl-C" "$2" 2>/dev/null && return 0
    kill -0 $app_pid 2>/dev/null || { tail -30 "$2"; fail "the application did not start"; }
    sleep 1
  done
  fail "the application did not start in 10 minutes"
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; }

# 1. Source database and the application on it ---------------------------------------------------
say "Source MariaDB $(mariadbd --version | awk '{print $3}') on port $SRC_PORT, binary logs on"
mariadb-install-db --no-defaults --user=root --datadir="$W/source" --auth-root-authentication-method=socket > "$W/install.log" 2>&1
# With binary logs on, MariaDB lets only SUPER create triggers unless told to trust their
# creators: the schema owner creates the application's triggers (docs/deployment.md).
start_db source "$W/source" "$SRC_PORT" --log-bin="$W/binlog/source-bin" --server-id=1 --binlog-format=ROW \
  --log-bin-trust-function-creators=1
# mariadb-install-db makes anonymous accounts, which would shadow ours for local connections.
sql source "DELETE FROM mysql.global_priv WHERE User = ''; FLUSH PRIVILEGES;
  CREATE DATABASE eyesandears CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER 'eyesandears_owner'@'%' IDENTIFIED BY 'eyesandears_owner';
  GRANT ALL PRIVILEGES ON eyesandears.* TO 'eyesandears_owner'@'%' WITH GRANT OPTION;
  CREATE USER 'eyesandears'@'%' IDENTIFIED BY 'eyesandears';
  GRANT SELECT ON eyesandears.* TO 'eyesandears'@'%';"
say "Starting the application on it (migrations, demo data through the API)"
t0=$(now); start_app "$SRC_PORT" "$W/app-1.log"
say "Application up in $(secs "$t0" "$(now)") s: schema $(sql source 'select max(version+0) from eyesandears.flyway_schema_history where success=1'),\
 $(sql source 'select count(*) from eyesandears.referral') referrals, $(sql source 'select count(*) from eyesandears.audit_record') audit records"

# A checkpoint of the source's chain (the verifier writes one when the chain is intact): the
# restored chain must later agree with what it vouched for.
before=$(curl -sf -X POST -H "Authorization: Bearer $(token auditor)" "$APP/api/audit/chain/verification")
say "Audit chain on the source: $before"
echo "$before" | grep -q '"intact":true' || fail "the source's audit chain does not verify"

# 2. Writes continue while backups are taken -------------------------------------------------------
writer() {
  local tok issued n=0 today; today=$(TZ=Europe/London date +%F)
  tok=$(token officer.food); issued=$SECONDS
  while [ ! -f "$W/stop-writing" ]; do
    if [ $((SECONDS - issued)) -gt 200 ]; then tok=$(token officer.food); issued=$SECONDS; fi
    n=$((n + 1))
    body=$(printf '{"newBusiness":{"tradingName":"Drill Takeaway %d","addressLine1":"%d Drill Street","postcode":"LU1 1AA"},"visitDate":"%s","indicatorCodes":["FIRE_EXITS_BLOCKED","HMRC_TWO_TILLS"],"observation":"Drill referral %d: rear exit padlocked during service.","grading":{"source":"RELIABLE","intelligence":"A","handling":"P"},"urgency":"ROUTINE"}' "$n" "$n" "$today" "$n")
    ref=$(curl -s -o "$W/last-response.json" -w '%{http_code}' -H "Authorization: Bearer $tok" \
          -H 'Content-Type: application/json' -H "Idempotency-Key: drill-$n" "$APP/api/referrals" -d "$body" || true)
    if [ "$ref" = 201 ]; then
      python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["reference"])' "$W/last-response.json" >> "$W/acknowledged.txt"
    else
      echo "$n $ref" >> "$W/refused.txt"
    fi
  done
}
: > "$W/acknowledged.txt"
writer & writer_pid=$!; pids+=($writer_pid)
sleep 5
say "Full backup while referrals are being sent"
BACKUP_DIR=$W/backups DB_SOCKET=$W/source.sock ops/backup/backup.sh full > "$W/full.out"
full=$(head -1 "$W/full.out"); cat "$W/full.out" | tail -n +2 | sed 's/^/    /'
sleep 10
acked_before_incr=$(wc -l < "$W/acknowledged.txt")
say "Incremental backup while referrals are being sent ($acked_before_incr acknowledged so far)"
BACKUP_DIR=$W/backups DB_SOCKET=$W/source.sock ops/backup/backup.sh incremental > "$W/incr.out"
incr=$(head -1 "$W/incr.out"); cat "$W/incr.out" | tail -n +2 | sed 's/^/    /'
sleep 5
touch "$W/stop-writing"; wait $writer_pid || true
acked=$(wc -l < "$W/acknowledged.txt"); refused=$( [ -f "$W/refused.txt" ] && wc -l < "$W/refused.txt" || echo 0)
say "Writer stopped: $acked referrals acknowledged during the drill, $refused not"
[ "$acked" -gt 0 ] || fail "no referral was acknowledged"

# Memory of each part after the load (for sizing), and the size of the data.
rss() { ps -ww -eo rss,args | grep -E "$1" | grep -F -- "$2" | grep -v grep | awk '{s+=$1} END {printf "%d", s/1024}'; }
memory="wildfly_mb=$(rss 'jboss-modules.jar' "$W/stack/wildfly") keycloak_mb=$(rss 'QuarkusEntryPoint|quarkus-run.jar|kc.home.dir' "$W/stack/keycloak") mariadb_mb=$(rss 'mariadbd' "$W/source ")"
say "Resident memory: $memory; database $(sql source "select round(sum(data_length+index_length)/1048576,1) from information_schema.tables where table_schema='eyesandears'") MB"

# The application's metrics as a scraper reads them: every referral in the database was sent
# through this node since it started (demo data and the drill's), so the counter must equal them.
curl -s "http://127.0.0.1:$((9990 + O))/metrics" > "$W/metrics.txt"
sent_metric=$(awk '/^eyesandears_referrals_sent_total/ {s+=$NF} END {printf "%d", s}' "$W/metrics.txt")
say "Metrics: eyesandears_referrals_sent_total = $sent_metric, referrals in the database = $(sql source 'select count(*) from eyesandears.referral')"
[ "$sent_metric" = "$(sql source 'select count(*) from eyesandears.referral')" ] || fail "the referral counter does not match the database"

tables=$(sql source "select group_concat(table_name order by table_name) from information_schema.tables where table_schema='eyesandears' and table_type='BASE TABLE'")
checksums() { sql "$1" "CHECKSUM TABLE $(echo "$tables" | sed 's/\([^,]*\)/eyesandears.\1/g') EXTENDED"; }
counts() { for t in referral routing audit_record business; do printf '%s=%s ' "$t" "$(sql "$1" "select count(*) from eyesandears.$t")"; done; }
checksums source > "$W/source.checksums"
say "Source at the end: $(counts source)"

# 3. Readiness with the database unreachable --------------------------------------------------------
src_pid=$(cat "$W/source.pid")
kill -STOP "$src_pid"
t0=$(now); ready=$(curl -s -o "$W/ready-down.json" -w '%{http_code}' --max-time 20 "$APP/health/ready" || true); t1=$(now)
live=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 "$APP/health/live" || true)
kill -CONT "$src_pid"
say "Database frozen: /health/ready $ready in $(secs "$t0" "$t1") s ($(cat "$W/ready-down.json")), /health/live $live"
[ "$ready" = 503 ] || fail "readiness did not go down with the database"
[ "$live" = 200 ] || fail "liveness went down with the database"
grep -q '"name":"database","status":"DOWN"' "$W/ready-down.json" || fail "readiness did not name the database"
ready_after=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 "$APP/health/ready" || true)
say "Database back: /health/ready $ready_after"
[ "$ready_after" = 200 ] || fail "readiness did not come back with the database"

stop_app
mariadb-admin --socket="$W/source.sock" -uroot shutdown; sleep 1

# 4. Restore full + incremental ----------------------------------------------------------------------
say "Restoring $(basename "$full") + $(basename "$incr") into a fresh data directory"
t0=$(now); KEEP_WORK=0 CHOWN_MYSQL=0 ops/backup/restore.sh "$W/restored" "$full" "$incr" | sed 's/^/    /'; t1=$(now)
restore_s=$(secs "$t0" "$t1")
start_db restored "$W/restored" "$DST_PORT" --server-id=2
missing=0
while read -r ref; do
  [ "$(sql restored "select count(*) from eyesandears.referral where reference='$ref'")" = 1 ] || missing=$((missing + 1))
done < <(head -n "$acked_before_incr" "$W/acknowledged.txt")
say "Restored from the backups in $restore_s s: $(counts restored); of the $acked_before_incr referrals acknowledged before the incremental began, $missing missing"
[ "$missing" = 0 ] || fail "acknowledged referrals missing from the restored backup"

# 5. Point-in-time recovery from the binary logs ------------------------------------------------------
t0=$(now); MARIADB_OPTS="--socket=$W/restored.sock --user=root" ops/backup/pitr.sh "$W/restored" "$W/binlog"; t1=$(now)
pitr_s=$(secs "$t0" "$t1")
checksums restored > "$W/restored.checksums"
missing=0
while read -r ref; do
  [ "$(sql restored "select count(*) from eyesandears.referral where reference='$ref'")" = 1 ] || missing=$((missing + 1))
done < "$W/acknowledged.txt"
say "Binary logs replayed in $pitr_s s: $(counts restored); of $acked acknowledged referrals, $missing missing"
[ "$missing" = 0 ] || fail "acknowledged referrals missing after point-in-time recovery"
diff "$W/source.checksums" "$W/restored.checksums" > "$W/checksums.diff" || { cat "$W/checksums.diff"; fail "tables differ from the source"; }
say "All $(wc -l < "$W/source.checksums") tables equal the source's (CHECKSUM TABLE)"

# 6. The application on the restored database: readiness and the audit chain ------------------------
say "Starting the application on the restored database"
start_app "$DST_PORT" "$W/app-2.log"
ready=$(curl -s "$APP/health/ready"); say "/health/ready: $ready"
echo "$ready" | grep -q '"status":"UP"' || fail "not ready on the restored database"
report=$(curl -sf -X POST -H "Authorization: Bearer $(token auditor)" "$APP/api/audit/chain/verification")
say "Audit chain verification: $report"
echo "$report" | grep -q '"intact":true' || fail "the audit chain does not verify on the restored database"
echo "$report" | grep -q '"checkpointsChecked":0,' && fail "the restored chain was held to no checkpoint"
stop_app

info() { sed -n "s/^$2=//p" "$1/backup.info"; }
{
  echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
  echo "mariadb=$(mariadbd --version | awk '{print $3}')"
  echo "full_seconds=$(info "$full" seconds) full_bytes=$(info "$full" bytes)"
  echo "incremental_seconds=$(info "$incr" seconds) incremental_bytes=$(info "$incr" bytes)"
  echo "restore_seconds=$restore_s pitr_seconds=$pitr_s binlog_bytes=$(du -cb "$W"/binlog/source-bin.[0-9]* | tail -1 | cut -f1)"
  echo "acknowledged=$acked refused=$refused"
  echo "memory: $memory"
  echo "restored: $(counts restored)"
  echo "audit: $report"
} >> "$figures"
mariadb-admin --socket="$W/restored.sock" -uroot shutdown
say "PASSED. Figures in $figures:"; cat "$figures"
