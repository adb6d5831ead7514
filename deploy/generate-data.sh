#!/usr/bin/env bash
# Fills a platform database with synthetic data for reports and load tests (issue 7):
# learners from every country, their enrolments over three years, lesson progress, quiz
# attempts and answers, completions, completion records and xAPI statements.
#
#   deploy/generate-data.sh [learners [enrolments [events]]]      (defaults 100000 300000 3000000)
#
# The database: the embedded H2 file in $DATA_DIR (default ./data), or PostgreSQL when DB_URL
# is a jdbc:postgresql: URL (with DB_USER, DB_PASSWORD). The platform must be stopped (H2 locks
# its file). A database without courses is first brought up by the platform itself, on a free
# local port, so that it migrates and imports courses/ exactly as in production; then the
# generator (org.capacityacademy.generate.DataGenerator, Maven profile "generate") writes
# straight into the tables with JDBC batches. Same SEED (default 2013), same data.
set -euo pipefail
cd "$(dirname "$0")/.."

LEARNERS=${1:-100000}
ENROLMENTS=${2:-300000}
EVENTS=${3:-3000000}
SEED=${SEED:-2013}
DATA_DIR=${DATA_DIR:-./data}
mkdir -p "$DATA_DIR"
DATA_DIR=$(cd "$DATA_DIR" && pwd)
URL=${DB_URL:-jdbc:h2:file:$DATA_DIR/academy}
USER_NAME=${DB_USER:-academy}
PASSWORD=${DB_PASSWORD:-academy}
MVN=${MVN:-mvn -q}

[ -f target/capacity-academy.war ] && [ -f target/payara-micro.jar ] || $MVN -DskipTests package

# A database the platform never ran on has no courses: let it migrate and import them once.
needs_courses=true
if [[ $URL == jdbc:h2:* ]] && [ -f "$DATA_DIR/academy.mv.db" ]; then
    needs_courses=false   # an H2 database the platform created; the generator says so if it has no course
fi
if [[ $URL == jdbc:postgresql:* ]] && [ "${SKIP_IMPORT:-false}" = true ]; then
    needs_courses=false
fi
if $needs_courses; then
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    echo "Starting the platform once on port $port to create the schema and import courses/ ..."
    env MALLOC_ARENA_MAX=2 DATA_DIR="$DATA_DIR" COURSES_DIR="${COURSES_DIR:-$PWD/courses}" \
        java @deploy/jvm.options $(deploy/class-archive.sh target/payara-micro.jsa) -jar target/payara-micro.jar --nohazelcast --disablephonehome --port "$port" \
        --prebootcommandfile deploy/pre-boot-commands.txt --contextroot / --deploy target/capacity-academy.war \
        > "$DATA_DIR/generate-import.log" 2>&1 &
    platform=$!
    for _ in $(seq 1 300); do
        if curl -fs "http://127.0.0.1:$port/health/ready" > /dev/null 2>&1; then break; fi
        if ! kill -0 "$platform" 2> /dev/null; then echo "The platform stopped; see $DATA_DIR/generate-import.log" >&2; exit 1; fi
        sleep 1
    done
    kill "$platform"
    wait "$platform" || true
fi

$MVN -Pgenerate test-compile -Dgenerate.url="$URL" -Dgenerate.user="$USER_NAME" -Dgenerate.password="$PASSWORD" \
    -Dgenerate.learners="$LEARNERS" -Dgenerate.enrolments="$ENROLMENTS" -Dgenerate.events="$EVENTS" \
    -Dgenerate.seed="$SEED" -Dgenerate.publicUrl="${PUBLIC_URL:-http://localhost:8080}"
