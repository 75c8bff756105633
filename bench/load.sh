#!/usr/bin/env bash
# Load test: the Gatling simulation load/ (PartnershipSimulation) against a running stack; with
# --stack, starts one first (the run command's stack, every port moved by PORT_OFFSET, its state in
# data-load/) and stops it afterwards. Prints Gatling's summary and where the HTML report is; exits
# non-zero when an assertion (p95 per request type, errors) fails.
#
# Usage: bench/load.sh [--stack] [-Dload.users=200 -Dload.minutes=10 -Dload.think=1.0 ...]
#   PORT_OFFSET  ports of the stack: 8080+offset (WildFly), 8180+offset (Keycloak); default 0 (./run.sh)
#   LOAD_BASE_URL, LOAD_REALM_URL  to aim at something else (e.g. the cluster's HAProxy)
# See docs/development.md ("Load test") and docs/performance.md ("Load").
set -euo pipefail
cd "$(dirname "$0")/.."

offset=${PORT_OFFSET:-0}
base=${LOAD_BASE_URL:-http://localhost:$((8080 + offset))}
realm=${LOAD_REALM_URL:-http://localhost:$((8180 + offset))/realms/eyesandears}
stack_pid=
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
  mkdir -p data-load
  echo "Starting a stack on port offset $offset (state in data-load/, log data-load/stack.log)..."
  PORT_OFFSET=$offset DATA_DIR=data-load ./run.sh > data-load/stack.log 2>&1 &
  stack_pid=$!
  for _ in $(seq 1 600); do
    grep -q "Eyes and Ears is running" data-load/stack.log 2>/dev/null && break
    kill -0 "$stack_pid" 2>/dev/null || { tail -30 data-load/stack.log; exit 1; }
    sleep 1
  done
  grep -q "Eyes and Ears is running" data-load/stack.log || { echo "The stack did not start in 10 minutes"; exit 1; }
fi

log=load/target/gatling-run.log
mkdir -p load/target
echo "Load test against $base (tokens from $realm); Gatling's output in $log"
status=0
# -pl load without -am: the module depends on no other module, and -am would ask the parent pom
# to run gatling:test too.
./mvnw -B -Pload -pl load test-compile gatling:test -Dload.baseUrl="$base" -Dload.realmUrl="$realm" "$@" \
  > "$log" 2>&1 || status=$?
sed -n '/^=\{20,\}/,/^=\{20,\}/p; /^LOAD /p; /Global:\|Assertion\|: \(true\|false\)$/p; /Please open the following file/,+1p' "$log" \
  | awk '!seen[$0]++'
[ $status -eq 0 ] || { echo "Gatling ended with status $status (see $log)"; tail -5 "$log"; }
exit $status
