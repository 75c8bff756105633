#!/usr/bin/env bash
# Fault test of the cluster (issue 17 item 3, ADR 0038): starts ./run.sh cluster on fresh data, runs a
# steady mixed load through HAProxy (officers sending referrals with idempotency keys, desks reading
# their inbox, managers the dashboard figures), signs a user in through Keycloak's login page, then:
#   1. kill -9 the WildFly node serving that user: acknowledged referrals lost (must be 0), requests
#      that succeeded (>= 99%), and whether the user is still signed in;
#   2. kill -9 the Galera node the application writes to: committed referrals lost (0), the
#      application keeps serving; the node is started again and must rejoin (cluster size 3).
# The audit chain is verified (as the auditor, through the API) after every fault.
# Usage: bench/cluster-faults.sh [seconds per phase, default 30]   (DEVSTACK_PORT_OFFSET moves every port)
#   FAULTS=0 CLUSTER_WRITERS=spread bench/cluster-faults.sh: load only, each WildFly node writing to
#   another Galera node, to count write conflicts retried and check nothing was lost.
# Needs a build (./mvnw -DskipTests package) and Debian's mariadb-server, galera-4, rsync, haproxy.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PHASE=${1:-30}
O=${DEVSTACK_PORT_OFFSET:-0}
APP=http://localhost:$((8080 + O))
KC=http://localhost:$((8180 + O))/realms/eyesandears
OUT=$ROOT/target/cluster-faults
GALERA=$ROOT/data/cluster/galera
rm -rf "$OUT" && mkdir -p "$OUT"
[ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$ROOT/data/cluster"

say() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/report.txt"; }
fail() { say "FAILED: $*"; exit 1; }

# --- the cluster --------------------------------------------------------------------------------
DEVSTACK_PORT_OFFSET=$O java -cp "devstack/target/classes:$(cat devstack/target/classpath.txt)" \
  org.eyesandears.devstack.DevStack cluster > "$OUT/stack.log" 2>&1 &
STACK=$!
RESTARTED_DB=
cleanup() {
  touch "$OUT/stop"
  sleep 1
  kill "$STACK" 2>/dev/null && wait "$STACK" 2>/dev/null
  if [ -n "$RESTARTED_DB" ]; then kill "$RESTARTED_DB" 2>/dev/null; wait "$RESTARTED_DB" 2>/dev/null; fi
}
trap cleanup EXIT
start=$(date +%s)
until grep -q "is running as a cluster" "$OUT/stack.log"; do
  kill -0 "$STACK" 2>/dev/null || { tail -30 "$OUT/stack.log"; fail "the cluster did not start"; }
  [ $(( $(date +%s) - start )) -lt 1200 ] || fail "the cluster was not up after 20 min"
  sleep 3
done
say "cluster up in $(( $(date +%s) - start )) s"

token() {
  curl -s -d grant_type=password -d client_id=eyesandears-cli -d "username=$1" -d "password=$1" \
    "$KC/protocol/openid-connect/token" | jq -r .access_token
}
sql() { mariadb --socket="$GALERA/node$1/mysqld.sock" --batch --skip-column-names -e "$2" eyesandears; }

# --- load ---------------------------------------------------------------------------------------
# Each request is a line "epoch-ms phase kind status" in requests.log. Officers retry a failed
# submission with the same Idempotency-Key, as the API asks; an acknowledged one (201, or 200 for a
# replay) goes to acked.txt.
phase() { cat "$OUT/phase" 2>/dev/null || echo steady; }
log() { echo "$(date +%s%3N) $(phase) $1 $2" >> "$OUT/requests.log"; }

officer() {
  local user=$1 indicators=$2 tok n=0 key code body
  tok=$(token "$user")
  while [ ! -e "$OUT/stop" ]; do
    n=$((n + 1)); key="$user-$$-$n"
    body='{"newBusiness":{"tradingName":"Fault Test '"$n"'","addressLine1":"'"$n"' Load Street","town":"Leeds","postcode":"LS1 4AP"},"visitDate":"'"$(date -u +%F)"'","visitReason":"Routine inspection","indicatorCodes":'"$indicators"',"observation":"Fire exit blocked by stock; two tills in use.","grading":{"source":"RELIABLE","intelligence":"B","handling":"P"},"urgency":"ROUTINE"}'
    for attempt in 1 2 3 4 5; do
      code=$(curl -s -o "$OUT/$user.body" -w '%{http_code}' --max-time 30 -X POST "$APP/api/referrals" \
        -H "Authorization: Bearer $tok" -H "Content-Type: application/json" -H "Idempotency-Key: $key" -d "$body")
      log submit "$code"
      if [ "$code" = 201 ] || [ "$code" = 200 ]; then
        jq -r .reference "$OUT/$user.body" >> "$OUT/acked.txt"
        break
      fi
      # A refusal (4xx but 401) is an answer: sending it again would not change it.
      [[ "$code" =~ ^4 ]] && [ "$code" != 401 ] && { cp "$OUT/$user.body" "$OUT/$user.refused.json"; break; }
      [ "$code" = 401 ] && tok=$(token "$user")
      sleep 1
    done
  done
}

reader() {
  local user=$1 path=$2 kind=$3 tok code
  tok=$(token "$user")
  while [ ! -e "$OUT/stop" ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$APP$path" -H "Authorization: Bearer $tok")
    log "$kind" "$code"
    [ "$code" = 401 ] && tok=$(token "$user")
    sleep 0.2
  done
}

verify_chain() {
  local result
  result=$(curl -s --max-time 120 -X POST "$APP/api/audit/chain/verification" -H "Authorization: Bearer $(token auditor)")
  echo "$result" > "$OUT/chain-$1.json"
  [ "$(echo "$result" | jq -r .intact)" = true ] \
    && say "audit chain after $1: intact, $(echo "$result" | jq -r .rowsChecked) rows checked" \
    || say "audit chain after $1: NOT INTACT: $result"
}

lost_referrals() {
  local node=$1 acked found
  sort -u "$OUT/acked.txt" > "$OUT/acked-unique.txt"
  acked=$(wc -l < "$OUT/acked-unique.txt")
  found=$(sql "$node" "SELECT COUNT(*) FROM referral WHERE reference IN ($(sed "s/.*/'&'/" "$OUT/acked-unique.txt" | paste -sd,))")
  echo "$acked acknowledged, $found found, $((acked - found)) lost"
}

rate() {
  awk -v p="$1" '$2 == p { n++; if ($4 ~ /^2/) ok++ } END { printf "%d requests, %d succeeded (%.2f%%)", n, ok, n ? 100 * ok / n : 0 }' "$OUT/requests.log"
}

# --- a signed-in user, through Keycloak's login page ----------------------------------------------
JAR=$OUT/browser.jar
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  curl -s -L -c "$JAR" -b "$JAR" -o "$OUT/login.html" "$APP/"
  action=$(grep -o 'action="[^"]*"' "$OUT/login.html" | head -1 | sed 's/action="//; s/"$//; s/&amp;/\&/g')
  [ -n "$action" ] && break
  sleep 3
done
[ -n "$action" ] || fail "no Keycloak login form (target/cluster-faults/login.html)"
curl -s -L -c "$JAR" -b "$JAR" -o "$OUT/signed-in.html" -w '%{url_effective} %{http_code}\n' \
  -d username=manager -d password=manager "$action" > "$OUT/signed-in.txt"
grep -q "^$APP/.* 200$" "$OUT/signed-in.txt" || fail "sign-in did not come back to the application: $(cat "$OUT/signed-in.txt")"
session_node=$(awk '$6 == "EAE_NODE" { print $7 }' "$JAR")
[[ "$session_node" =~ ^node[12]$ ]] || fail "no EAE_NODE cookie from HAProxy"

say "manager signed in; the session is on $session_node"
signed_in() {
  # Still signed in: the page answers 200 without a detour to Keycloak's login page.
  curl -s -o "$OUT/page.html" -w '%{http_code}' -c "$JAR" -b "$JAR" "$APP/"
}

# Indicators each officer's agency may share (the demo data's own concerns).
officer officer.food '["FIRE_EXITS_BLOCKED","HMRC_TWO_TILLS"]' &
officer officer.fire '["IMM_NERVOUS_WORKERS","IMM_NOT_SPEAKING"]' &
reader desk.fire "/api/inbox?max=10" inbox &
reader desk.immigration "/api/inbox?max=10" inbox &
reader manager /api/stats/summary dashboard &
reader manager /api/stats/summary dashboard &
sleep "$PHASE"
say "steady load: $(rate steady)"

if [ "${FAULTS:-1}" = 0 ]; then
  # Load only (with CLUSTER_WRITERS=spread: both Galera writers at once, for the conflict retry).
  touch "$OUT/stop"; sleep 3
  say "referrals: $(lost_referrals 0)"
  verify_chain "the load"
  say "retries after a write conflict (both WildFly logs): $(cat data/cluster/logs/wildfly*.log | grep -c 'write conflict')"
  awk '$4 !~ /^2/ { print $2, $3, $4 }' "$OUT/requests.log" | sort | uniq -c | tee -a "$OUT/report.txt"
  exit 0
fi

# --- fault 1: kill -9 the WildFly node serving the signed-in user -------------------------------
echo wildfly-killed > "$OUT/phase"
pids=$(pgrep -f "jboss.server.base.dir=$ROOT/data/cluster/wildfly${session_node#node}")
say "kill -9 WildFly $session_node (pids $(echo $pids))"
kill -9 $pids
sleep "$PHASE"
code=$(signed_in)
say "after the kill: manager's page answers $code ($( [ "$code" = 200 ] && grep -q 'manager\|Manager' "$OUT/page.html" && echo 'still signed in' || echo 'signed out'))"
say "after the WildFly kill: $(rate wildfly-killed)"
say "referrals after the WildFly kill: $(lost_referrals 1)"
verify_chain "the WildFly kill"

# --- fault 2: kill -9 the Galera node the application writes to ---------------------------------
echo galera-killed > "$OUT/phase"
db_pid=$(cat "$GALERA/node0/mariadbd.pid")
say "kill -9 Galera node0 (pid $db_pid), the first of the sequential JDBC URL"
kill -9 "$db_pid"
sleep "$PHASE"
say "after the Galera kill: $(rate galera-killed), cluster size on node1: $(sql 1 "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)"
echo galera-rejoined > "$OUT/phase"
mysqld=/usr/sbin/mariadbd
$mysqld --defaults-file="$GALERA/node0/my.cnf" > "$OUT/node0-restart.log" 2>&1 &
RESTARTED_DB=$!
rejoin_start=$(date +%s)
until [ "$(sql 0 "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" = Synced ]; do
  [ $(( $(date +%s) - rejoin_start )) -lt 300 ] || fail "node0 did not rejoin in 5 min"
  sleep 2
done
say "node0 rejoined in $(( $(date +%s) - rejoin_start )) s; cluster size $(sql 0 "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)"
sleep "$PHASE"
touch "$OUT/stop"
sleep 3
say "after node0 rejoined: $(rate galera-rejoined)"
say "referrals at the end: $(lost_referrals 0)"
verify_chain "the Galera kill and rejoin"
say "retries after a write conflict (both WildFly logs): $(cat data/cluster/logs/wildfly*.log | grep -c 'write conflict')"
say "all phases: $(awk '{ n++; if ($4 ~ /^2/) ok++ } END { printf "%d requests, %.2f%% succeeded", n, 100 * ok / n }' "$OUT/requests.log")"
awk '$4 !~ /^2/ { print $2, $3, $4 }' "$OUT/requests.log" | sort | uniq -c > "$OUT/failures.txt"
say "failed requests by phase, kind and status:"; cat "$OUT/failures.txt" | tee -a "$OUT/report.txt"
