#!/usr/bin/env bash
# SQL injection test of the API and its search filters with sqlmap (Debian package "sqlmap").
# Starts the local stack with ./run.sh unless APP_URL already answers, gets real tokens from
# Keycloak, runs sqlmap --batch at level 3 / risk 2 against every parameter of the inbox search,
# the referral read and list, and the JSON body of a referral submission, one parameter per run
# (tokens live 5 minutes), then prints a summary. Exit code 1 if sqlmap finds an injection.
# Usage: security/sqlmap.sh            (results and logs in target/sqlmap/)
#        security/sqlmap.sh --summary  (the summary of the last run again)
# The run command's ports (3307, 8180, 8080) are shared: on a shared machine run it as
#   flock /tmp/eae-ports.lock security/sqlmap.sh
set -euo pipefail
cd "$(dirname "$0")/.."
APP_URL=${APP_URL:-http://localhost:8080}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:8180}
LEVEL=${SQLMAP_LEVEL:-3}
RISK=${SQLMAP_RISK:-2}
out=target/sqlmap
command -v sqlmap >/dev/null || { echo "Install sqlmap first: apt-get install sqlmap"; exit 2; }

summary() {
  echo
  echo "Summary (level $LEVEL, risk $RISK; logs in $out):"
  local found=0 log name codes discarded
  for log in "$out"/*.log; do
    [ "$(basename "$log")" = run.log ] && continue
    name=$(basename "$log" .log)
    discarded=$(grep -c "false positive or unexploitable injection point detected" "$log" || true)
    # sqlmap reports a confirmed injection as "sqlmap identified the following injection point(s)";
    # "appears to be ... injectable" lines are only candidates, which it re-checks and may discard.
    if grep -q "sqlmap identified the following injection point" "$log"; then
      echo "  $name: INJECTION FOUND (see $log)"; found=1
    elif grep -q "do not appear to be injectable\|does not seem to be injectable" "$log"; then
      echo "  $name: not injectable${discarded:+$( [ "$discarded" -gt 0 ] && echo " ($discarded candidate(s) re-checked by sqlmap and discarded as false positives)")}"
    else
      echo "  $name: inconclusive, see $log"; tail -3 "$log" | sed 's/^/      /'
    fi
    codes=$(grep -A3 "HTTP error codes detected during run" "$log" | grep -E "^[0-9]{3} " | tr '\n' ' ' || true)
    if [ -n "$codes" ]; then echo "      answers other than 200: $codes"; fi
  done
  return $found
}

if [ "${1:-}" = "--summary" ]; then
  summary; exit $?
fi
rm -rf "$out"; mkdir -p "$out"

stack_pid=
stop_stack() {
  if [ -n "$stack_pid" ]; then
    echo "Stopping the stack..."
    # SIGTERM: a background job ignores SIGINT; the stack's shutdown hook stops all three servers.
    kill -TERM "$stack_pid" 2>/dev/null || true
    wait "$stack_pid" 2>/dev/null || true
  fi
}
trap stop_stack EXIT
if ! curl -fs "$APP_URL/health" >/dev/null 2>&1; then
  echo "Starting the stack with ./run.sh (log: $out/run.log)..."
  ./run.sh > "$out/run.log" 2>&1 &
  stack_pid=$!
  for _ in $(seq 1 300); do
    curl -fs "$APP_URL/health" >/dev/null 2>&1 && grep -q "running" "$out/run.log" && break
    kill -0 "$stack_pid" 2>/dev/null || { tail -30 "$out/run.log"; exit 1; }
    sleep 2
  done
fi

token() {
  curl -fs -d grant_type=password -d client_id=eyesandears-cli -d "username=$1" -d "password=$1" \
    "$KEYCLOAK_URL/realms/eyesandears/protocol/openid-connect/token" \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# The scans are only meaningful if the unaltered request succeeds: check each baseline first.
baseline() {
  local user=$1 url=$2 data=${3:-}
  local code
  if [ -n "$data" ]; then
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(token "$user")" \
      -H "Content-Type: application/json" --data "${data//\*/}" "$url")
  else
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(token "$user")" "${url//\*/}")
  fi
  case "$code" in 2??) ;; *) echo "Baseline request failed ($code): $url"; exit 2 ;; esac
}

reference=$(curl -fs -H "Authorization: Bearer $(token officer.food)" "$APP_URL/api/referrals?mine=true&max=1" \
  | sed -E 's/.*"reference":"([^"]+)".*/\1/')
echo "Referral used for reads: $reference"

# scan NAME USER SQLMAP-ARGS...: one sqlmap run with a fresh token.
scan() {
  local name=$1 user=$2; shift 2
  echo "sqlmap: $name (as $user)"
  sqlmap --batch --level="$LEVEL" --risk="$RISK" --dbms=MySQL --threads=4 --flush-session --disable-coloring \
    --output-dir="$out/sessions" -H "Authorization: Bearer $(token "$user")" -H "Accept: application/json" \
    "$@" > "$out/$name.log" 2>&1 || true
}

card='{"newBusiness":{"tradingName":"Sqlmap Cafe*","addressLine1":"1 Test Street*","town":"Luton*","postcode":"LU1 1AA*","phone":"01582 000000","companyNumber":"01234567","uprn":"100080000001"},"visitDate":"2026-11-20","visitReason":"Routine*","indicatorCodes":["DC_PESTS*"],"observation":"Seen*","grading":{"source":"RELIABLE","intelligence":"A","handling":"P"},"urgency":"ROUTINE"}'
inbox="$APP_URL/api/inbox?status=NEW&urgency=ROUTINE&from=2026-01-01&to=2026-12-31&business=Kebab&referringAgency=FOOD&assignee=desk.immigration&first=0&max=20"
baseline desk.immigration "$inbox"
baseline officer.food "$APP_URL/api/referrals/$reference"
baseline officer.food "$APP_URL/api/referrals?mine=true&first=0&max=20"
baseline officer.food "$APP_URL/api/referrals" "$card"
for p in business referringAgency assignee from to status urgency first max; do
  scan "inbox-$p" desk.immigration -u "$inbox" -p "$p"
done
scan "referral-reference" officer.food -u "$APP_URL/api/referrals/${reference}*"
for p in mine first max; do
  scan "referrals-$p" officer.food -u "$APP_URL/api/referrals?mine=true&first=0&max=20" -p "$p"
done
# Every accepted payload makes a referral: run this against throwaway data (delete data/ after).
scan "submit-body" officer.food -u "$APP_URL/api/referrals" --method=POST \
  -H "Content-Type: application/json" --data="$card"

summary
