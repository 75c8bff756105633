#!/usr/bin/env bash
# Load test: the Gatling simulation load/ (PartnershipSimulation) against a running stack; with
# --stack, starts one first (the run command's stack, every port moved by DEVSTACK_PORT_OFFSET, its state in
# data-load/) and stops it afterwards. Prints Gatling's summary and where the HTML report is; exits
# non-zero when an assertion (p95 per request type, errors) fails.
#
# Usage: bench/load.sh [--stack] [-Dload.users=200 -Dload.minutes=10 -Dload.think=1.0 ...]
#   DEVSTACK_PORT_OFFSET  ports of the stack: 8080+offset (WildFly), 8180+offset (Keycloak); default 0 (./run.sh)
#   DEVSTACK_DATA     the stack's state folder (data/, or data-load/ with --stack): its processes' CPU
#                time is reported
#   LOAD_BASE_URL, LOAD_REALM_URL  to aim at something else (e.g. the cluster's HAProxy)
# See docs/development.md ("Load test") and docs/performance.md ("Load").
set -euo pipefail
cd "$(dirname "$0")/.."

offset=${DEVSTACK_PORT_OFFSET:-0}
base=${LOAD_BASE_URL:-http://localhost:$((8080 + offset))}
realm=${LOAD_REALM_URL:-http://localhost:$((8180 + offset))/realms/eyesandears}
stack_pid=
data_dir=${DEVSTACK_DATA:-data}
stop_stack() {
  if [ -n "$stack_pid" ] && kill -0 "$stack_pid" 2>/dev/null; then
    echo "Stopping the stack (pid $stack_pid)..."
    kill -TERM "$stack_pid"
    wait "$stack_pid" 2>/dev/null || true
  fi
}
trap stop_stack EXIT

if [ "${1:-}" = "--stack" ]; then
  shift
  data_dir=${DEVSTACK_DATA:-data-load}
  mkdir -p "$data_dir"
  echo "Starting a stack on port offset $offset (state in $data_dir/, log $data_dir/stack.log)..."
  DEVSTACK_PORT_OFFSET=$offset DEVSTACK_DATA=$data_dir ./run.sh > "$data_dir/stack.log" 2>&1 &
  stack_pid=$!
  for _ in $(seq 1 600); do
    grep -q "Eyes and Ears is running" "$data_dir/stack.log" 2>/dev/null && break
    kill -0 "$stack_pid" 2>/dev/null || { tail -30 "$data_dir/stack.log"; exit 1; }
    sleep 1
  done
  grep -q "Eyes and Ears is running" "$data_dir/stack.log" || { echo "The stack did not start in 10 minutes"; exit 1; }
fi

# CPU seconds (user + system) of the processes whose command line holds $1, summed; and the
# machine's busy and total CPU ticks. Read before and after the run, to say what each request cost.
cpu_of() {
  local ticks=0 pid
  for pid in $(pgrep -f -- "$1" || true); do
    [ -r "/proc/$pid/stat" ] || continue
    ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "$ticks"
}
machine_ticks() { awk '/^cpu /{print $2+$3+$4+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat; }
hz=$(getconf CLK_TCK)
# Rows in the embedded database, before and after (the data a run writes stays).
rows() {
  local client="$data_dir/mariadb/base/bin/mariadb"
  [ -x "$client" ] || return 0
  "$client" --no-defaults -h127.0.0.1 -P$((3307 + offset)) -u"${DB_ROOT_USER:-root}" -p"${DB_ROOT_PASSWORD:-root}" \
    eyesandears -N -e "select concat('LOAD rows $1: ', (select count(*) from referral), ' referrals, ',
      (select count(*) from routing), ' routings, ', (select count(*) from audit_record), ' audit records')" \
    2>/dev/null || true
}
here=$(pwd)
before_wf=$(cpu_of "jboss.server.base.dir=$here/$data_dir"); before_db=$(cpu_of "$here/$data_dir/(mariadb|galera)")
before_kc=$(cpu_of "$here/$data_dir/keycloak"); read -r before_busy before_all < <(machine_ticks)

rows before

log=load/target/gatling-run.log
mkdir -p load/target
echo "Load test against $base (tokens from $realm); Gatling's output in $log"
status=0
# -pl load without -am: the module depends on no other module, and -am would ask the parent pom
# to run gatling:test too.
./mvnw -B -Pload -pl load test-compile gatling:test -Dload.baseUrl="$base" -Dload.realmUrl="$realm" "$@" \
  > "$log" 2>&1 || status=$?
run=$(cat load/target/gatling/lastRun.txt 2>/dev/null || true)
report=${run:+load/target/gatling/$run/index.html}
grep '^LOAD ' "$log" || true
if [ -n "$report" ]; then
  /usr/bin/python3 bench/load_report.py "$report"
  echo "Report: $report"
fi
[ ! -s load/target/gatling-failures.log ] || echo "Failed requests, with their answers: load/target/gatling-failures.log"
read -r after_busy after_all < <(machine_ticks)
rows after
if pgrep -f -- "jboss.server.base.dir=$here/$data_dir" > /dev/null; then
  awk -v hz="$hz" -v wf="$(( $(cpu_of "jboss.server.base.dir=$here/$data_dir") - before_wf ))" \
      -v db="$(( $(cpu_of "$here/$data_dir/(mariadb|galera)") - before_db ))" \
      -v kc="$(( $(cpu_of "$here/$data_dir/keycloak") - before_kc ))" \
      'BEGIN { printf "LOAD CPU seconds during the run: WildFly %.1f, MariaDB %.1f, Keycloak %.1f\n", wf/hz, db/hz, kc/hz }'
fi
awk -v b=$((after_busy - before_busy)) -v a=$((after_all - before_all)) -v hz="$hz" -v n="$(nproc)" \
  'BEGIN { printf "LOAD machine: %.0f%% of %d cores busy during the run (every process, other jobs included), load average now %s\n", 100*b/a, n, "'"$(cut -d' ' -f1-3 /proc/loadavg)"'" }'
[ $status -eq 0 ] || { echo "Gatling ended with status $status (see $log)"; tail -5 "$log"; }
exit $status
