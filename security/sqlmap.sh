#!/usr/bin/env bash
# SQL injection test of the API and the Faces search forms with sqlmap (Debian package "sqlmap").
# Starts the local stack with ./run.sh unless APP_URL already answers, gets real tokens from
# Keycloak, runs sqlmap --batch at level 3 / risk 2 against every parameter of the inbox search,
# the referral read and list, and the JSON body of a referral submission, one parameter per run
# (tokens live 5 minutes). Then it signs in through Keycloak's login page like a browser (curl,
# session cookie) and scans the search forms of the business radar, the desk inbox and the audit
# trail: each request is a real Faces POST carrying a view state that sqlmap fetches afresh from
# the page before every request (--csrf-token). Prints a summary; exit code 1 if sqlmap finds an
# injection.
# Usage: security/sqlmap.sh            (results and logs in target/sqlmap/)
#        security/sqlmap.sh api        (only the API)    security/sqlmap.sh pages  (only the pages)
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
only=${1:-all}
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

if [ "$only" != pages ]; then
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

fi

if [ "$only" != api ]; then
# A page session as a browser gets one: open the application, follow the redirect to Keycloak's
# login page, post the username and password to its form, follow the redirects back. Prints the
# application's session cookie.
page_session() {
  local user=$1 jar="$out/$1.cookies" login action
  rm -f "$jar"
  login=$(curl -s -L -c "$jar" -b "$jar" "$APP_URL/")
  action=$(printf '%s' "$login" | grep -o 'action="[^"]*login-actions/authenticate[^"]*"' | head -1 \
    | sed -e 's/^action="//' -e 's/"$//' -e 's/&amp;/\&/g')
  [ -n "$action" ] || { echo "No Keycloak login form for $user" >&2; exit 2; }
  curl -s -L -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=$user" \
    "$action" -o /dev/null
  awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar" | tail -1
}

# The unaltered form POST must show the page with its results (not the sign-in or error page).
# Like a browser it sends the view state and PrimeFaces' CSP nonce of the page it was given: a
# postback whose nonce is not its view's is refused (CspException "CSP nonce mismatch").
page_baseline() {
  local cookie=$1 page=$2 data=$3 expect=$4 html state nonce body
  html=$(curl -s -b "$cookie" "$APP_URL$page")
  state=$(printf '%s' "$html" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' \
    | head -1 | sed -E 's/.*value="([^"]*)"/\1/')
  nonce=$(printf '%s' "$html" | grep -o 'nonce="[^"]*"' | head -1 | sed -E 's/nonce="([^"]*)"/\1/')
  body=$(curl -s -b "$cookie" --data "$data" --data-urlencode "jakarta.faces.ViewState=$state" \
    --data-urlencode "primefaces.nonce=$nonce" "$APP_URL$page")
  if ! printf '%s' "$body" | grep -q "$expect"; then
    echo "Baseline form POST failed on $page (no \"$expect\" in the answer)"; exit 2
  fi
}

# scan_form NAME USER PAGE DATA PARAMETER: sqlmap on one field of a Faces form, signed in as USER.
scan_form() {
  local name=$1 user=$2 page=$3 data=$4 parameter=$5 cookie
  cookie=$(page_session "$user")
  echo "sqlmap: $name (as $user, $page, field $parameter)"
  # sqlmap refreshes one token (the view state) from the page before each request; --eval takes
  # the CSP nonce from that same page (sqlmap's local "page"), URL-encoded for the form body.
  sqlmap --batch --level="$LEVEL" --risk="$RISK" --dbms=MySQL --flush-session --disable-coloring \
    --output-dir="$out/sessions" --cookie="$cookie" --drop-set-cookie \
    -u "$APP_URL$page" --method=POST --data="$data&jakarta.faces.ViewState=x&primefaces.nonce=x" -p "$parameter" \
    --csrf-token=jakarta.faces.ViewState --csrf-url="$APP_URL$page" \
    --eval="import re,urllib.parse; primefaces.nonce=urllib.parse.quote(re.search(r'nonce=.([A-Za-z0-9+/= ]+)', _locals['page']).group(1).replace(' ', '+'), safe='')" \
    > "$out/$name.log" 2>&1 || true
}

radar='radar=radar&radar:name=Kebab&radar:postcode=&radar:district=&radar:from=&radar:to=&radar:search=radar:search'
inbox_form='inbox=inbox&inbox:status_input=&inbox:urgency_input=&inbox:business=Kebab&inbox:referringAgency_input=&inbox:from_input=&inbox:to_input='
audit='search=search&search:username=officer.food&search:objectType_input=&search:objectId=&search:agency_input=&search:operation_input=&search:from_input=&search:to_input=&search:doSearch=search:doSearch'
subject='subject=subject&subject:name=Kebab&subject:findSubject=subject:findSubject'
seen="seen=seen&seen:reference=EAE-2026-000001&seen:whoHasSeen=seen:whoHasSeen"
page_baseline "$(page_session officer.food)" /business/radar.xhtml "$radar" 'Businesses found'
page_baseline "$(page_session desk.immigration)" /triage/inbox.xhtml "$inbox_form" 'id="inbox:items'
page_baseline "$(page_session auditor)" /audit/trail.xhtml "$audit" 'Audit records, newest first'
# Free-text fields by default. Dates and drop-down choices go through Faces converters and
# validators (a value not in the list, or not a date, is refused before the bean sees it); scan
# them too with SQLMAP_ALL_FIELDS=1.
radar_fields="name postcode district"; inbox_fields="business"; audit_fields="username objectId"
if [ "${SQLMAP_ALL_FIELDS:-0}" = 1 ]; then
  radar_fields="$radar_fields from to"
  inbox_fields="$inbox_fields status_input urgency_input referringAgency_input from_input"
  audit_fields="$audit_fields objectType_input agency_input operation_input from_input"
fi
for p in $radar_fields; do
  scan_form "radar-$p" officer.food /business/radar.xhtml "$radar" "radar:$p"
done
for p in $inbox_fields; do
  scan_form "inbox-page-$p" desk.immigration /triage/inbox.xhtml "$inbox_form" "inbox:$p"
done
for p in $audit_fields; do
  scan_form "audit-$p" auditor /audit/trail.xhtml "$audit" "search:$p"
done
scan_form "audit-subject-name" auditor /audit/trail.xhtml "$subject" "subject:name"
scan_form "audit-seen-reference" auditor /audit/trail.xhtml "$seen" "seen:reference"

fi

summary
