#!/usr/bin/env bash
# Runs Eyes and Ears locally: builds what changed, then starts MariaDB (embedded, unless DB_URL is
# set), Keycloak and WildFly with the application. Ctrl-C stops all three.
# ./run.sh cluster: three MariaDB Galera nodes, Keycloak, two WildFly nodes and HAProxy (README, ADR 0038).
set -euo pipefail
cd "$(dirname "$0")"

needs_build() {
  [ -f ear/target/eyesandears.ear ] && [ -f ear/target/server/bin/standalone.sh ] \
    && [ -f devstack/target/classpath.txt ] || return 0
  # Anything newer than the last EAR means a rebuild.
  [ -n "$(find pom.xml persistence ejb web ear devstack realm -newer ear/target/eyesandears.ear \
          -type f -not -path '*/target/*' -print -quit)" ]
}

if needs_build; then
  echo "Building (the first build downloads WildFly, Keycloak and MariaDB: several minutes)..."
  ./mvnw -B -q -DskipTests package
fi

exec java -cp "devstack/target/classes:$(cat devstack/target/classpath.txt)" \
  org.eyesandears.devstack.DevStack "$@"
