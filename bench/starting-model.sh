#!/usr/bin/env bash
# Refits the model the application ships (ejb/.../business/service/starting-model.json) with the
# engine as it is now, the way it was first fitted (ADR 0006): 20,000 synthetic UK business
# records from the engine's generator, seed 7, de-duplicated with the CLI's defaults, model saved.
# The fit is deterministic: the same engine gives the same file byte for byte.
# Afterwards run StartingModelTest (printed below): it checks the refitted model against pairs an
# analyst would recognise and against the review-queue pairs the integration tests rely on.
# Settings (environment): WORK_DIR (default /tmp/eyesandears-starting-model).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JAR=linkage/target/linkage-cli.jar
MODEL=ejb/src/main/resources/org/eyesandears/business/service/starting-model.json
WORK_DIR=${WORK_DIR:-/tmp/eyesandears-starting-model}
mkdir -p "$WORK_DIR"

echo "building $JAR ..."
./mvnw -q -pl linkage package -DskipTests -Dspotbugs.skip

java -jar "$JAR" generate --records 20000 --seed 7 --out "$WORK_DIR/synthetic-20000-7.csv"
java -Xmx2g -jar "$JAR" link --input "$WORK_DIR/synthetic-20000-7.csv" --source synthetic \
  --map "id=id,name=name,address=address,town=town,postcode=postcode,phone=phone,company=company,uprn=uprn,contact=contact" \
  --dedupe --out "$WORK_DIR/pairs.csv" --model-out "$MODEL"

echo
echo "wrote $MODEL; now check it:"
echo "  ./mvnw -pl ejb -am test -Dspotbugs.skip -Dtest=StartingModelTest -Dsurefire.failIfNoSpecifiedTests=false"
