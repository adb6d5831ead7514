#!/usr/bin/env bash
# The benchmark suite (issue 9). Builds the platform, starts it on a free port of 127.0.0.1 with
# its own data folder (H2, like the embedded default), and measures, each path alone, at 10 and
# then 50 concurrent users (src/bench/java/.../SpeedSimulation, Gatling):
#   static file (the versioned stylesheet: the machine's ceiling), catalogue (anonymous),
#   course page and lesson (visitor), lesson page (signed in), save answer, submit quiz,
#   verification page (a record that exists), admin report (skipped with a note while the page
#   answers 404), and a whole attempt at the final assessment (10 users)
# with the server's processor time per request (its CPU time over the step divided by the step's
# requests), after a warm-up of every path; and, after a SIGKILL of the platform, the answers it
# confirmed against those its database kept.
# with requests per second, latency p50/p95/p99, errors, and each path's requests per second as
# a share of the static file's, so that figures compare across machines. It also measures cold
# start to ready, resident memory (RSS) after start, after the load, and with BENCH_SESSIONS
# signed-in sessions (SessionsSimulation). The table goes to target/bench/results.md and is
# printed; Gatling's HTML reports are in target/gatling/.
#
#   deploy/benchmark.sh                                   # 30 s per step, 1,000 sessions
#   BENCH_SECONDS=3 BENCH_SESSIONS=100 deploy/benchmark.sh   # a quick check that it all runs
#
# Settings (environment):
#   BENCH_SECONDS         length of each measured step (default 30)
#   BENCH_USERS           numbers of concurrent users, comma-separated (default 10,50)
#   BENCH_SESSIONS        signed-in sessions for the memory figure; 0 skips it (default 1000)
#   BENCH_WARM_UP         seconds each path runs at 10 users before the measured steps, not measured (default 5)
#   BENCH_REPORT_URL      the administrators' report measured (default /admin/reports.xhtml?by=country)
#   BENCH_ADMIN_EMAIL / BENCH_ADMIN_PASSWORD
#                         the administrator who reads it (default: the one this script creates on an
#                         empty database; give an administrator of the generated data otherwise)
#   BENCH_PREPARE         a command run before the platform starts, with DATA_DIR set to the data
#                         folder (empty) and COURSES_DIR: the hook for the data generator, e.g.
#                         BENCH_PREPARE='java -cp ... DataGenerator --learners 100000'
#   BENCH_VERIFY_CODE     a record's verification code in that data; without it one learner of the
#                         setup completes the course and its record is verified. To issue a record
#                         without an answer key, the suite then imports a copy of the course whose
#                         completion rule leaves out the final assessment (nothing else differs)
#   BENCH_PORT            the platform's port (default: a free one)
#   BENCH_MVN_FLAGS       extra Maven flags, e.g. -o to build offline
#   BENCH_JAVA_OPTS       extra options of the platform's JVM, e.g. a JFR recording of the run:
#                         BENCH_JAVA_OPTS='-XX:StartFlightRecording=filename=target/bench/run.jfr,settings=profile'
#                         (deploy/profile-summary.sh target/bench/run.jfr then lists where the time went)
set -euo pipefail
cd "$(dirname "$0")/.."

STEP_SECONDS="${BENCH_SECONDS:-30}"
USERS="${BENCH_USERS:-10,50}"
SESSIONS="${BENCH_SESSIONS:-1000}"
REPORT_URL="${BENCH_REPORT_URL:-/admin/reports.xhtml?by=country}"
ADMIN_EMAIL="${BENCH_ADMIN_EMAIL:-bench-admin@example.org}"
ADMIN_PASSWORD="${BENCH_ADMIN_PASSWORD:-Bench-admin-Passw0rd!}"
VERIFY_CODE="${BENCH_VERIFY_CODE:-}"
PORT="${BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
MVN="mvn ${BENCH_MVN_FLAGS:-} -q"
DATA="$PWD/target/bench-data"
OUT="$PWD/target/bench"
URL="http://127.0.0.1:${PORT}"

$MVN -DskipTests package
rm -rf "$DATA" "$OUT" target/gatling
mkdir -p "$DATA" "$OUT"
: > "$OUT/notes.txt"

# a copy of the course whose final assessment may be taken any number of times (the whole-attempt step
# takes it again and again with the same learners)
COURSES="$OUT/courses"
cp -r courses "$COURSES"
sed -i '/^finalAssessment:/,/^[a-z]/ s/^  attempts: [0-9]*/  attempts: 0/' "$COURSES/gge-2013/course.yaml"
sed -n '/^finalAssessment:/,/^[a-z]/p' "$COURSES/gge-2013/course.yaml" | grep -q '^  attempts: 0' \
    || { echo "could not make the bench course's final assessment unlimited" >&2; exit 1; }
if [ -z "$VERIFY_CODE" ]; then
    sed -i 's/^\(  finalAssessment:\) required/\1 none/' "$COURSES/gge-2013/course.yaml"
    grep -q '^  finalAssessment: none' "$COURSES/gge-2013/course.yaml" \
        || { echo "could not set the bench course's completion rule" >&2; exit 1; }
fi
if [ -n "${BENCH_PREPARE:-}" ]; then
    echo "preparing data: $BENCH_PREPARE"
    DATA_DIR="$DATA" COURSES_DIR="$COURSES" bash -c "$BENCH_PREPARE"
    echo "prepared data: $BENCH_PREPARE" >> "$OUT/notes.txt"
fi

# the class archive a running installation has (deploy/class-archive.sh): this run ends with kill -9
[ -s target/payara-micro.jsa ] || deploy/class-archive.sh --write target/payara-micro.jsa

rss_mb() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$1/status") / 1024 )); }

# plain HTTP on 127.0.0.1, so the session cookie may not require HTTPS here
start=$(date +%s.%N)
MALLOC_ARENA_MAX=2 DATA_DIR="$DATA" SESSION_COOKIE_SECURE=false COURSES_DIR="$COURSES" \
ADMIN_EMAIL="$ADMIN_EMAIL" ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java @deploy/jvm.options $(deploy/class-archive.sh target/payara-micro.jsa) ${BENCH_JAVA_OPTS:-} -jar target/payara-micro.jar --nohazelcast --disablephonehome --port "$PORT" \
    --prebootcommandfile deploy/pre-boot-commands.txt --contextroot / --deploy target/capacity-academy.war \
    > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
until curl -fs "$URL/health/ready" > /dev/null 2>&1; do
    kill -0 "$SERVER" 2>/dev/null || { echo "the platform stopped; see $OUT/server.log" >&2; exit 1; }
    if [ "$(echo "$(date +%s.%N) - $start > 600" | bc)" = 1 ]; then echo "not ready in 10 minutes" >&2; exit 1; fi
    sleep 0.2
done
ready=$(echo "$(date +%s.%N) - $start" | bc)
cpu_ready=$(awk -v ticks="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / ticks}' "/proc/$SERVER/stat")
load_ready=$(cut -d' ' -f1-3 /proc/loadavg)
rss_started=$(rss_mb "$SERVER")

gatling() {   # simulation class, then its -D settings
    local simulation=$1; shift
    $MVN -Pbench test-compile gatling:test -Dbench.simulation="org.capacityacademy.bench.$simulation" \
        -Dbench.url="$URL" "$@"
}
status=0
gatling SpeedSimulation -Dbench.serverPid="$SERVER" -Dbench.clockTicks="$(getconf CLK_TCK)" -Dbench.warmUp="${BENCH_WARM_UP:-5}" -Dbench.users="$USERS" -Dbench.seconds="$STEP_SECONDS" -Dbench.reportUrl="$REPORT_URL" \
    -Dbench.adminEmail="$ADMIN_EMAIL" -Dbench.adminPassword="$ADMIN_PASSWORD" -Dbench.verifyCode="$VERIFY_CODE" \
    -Dbench.notes="$OUT/notes.txt" -Dbench.durations="$OUT/durations.tsv" || status=$?
rss_loaded=$(rss_mb "$SERVER")
sessions_line="not measured (BENCH_SESSIONS=0)"
if [ "$SESSIONS" -gt 0 ]; then
    gatling SessionsSimulation -Dbench.sessions="$SESSIONS" -Dbench.sessionsOpened="$OUT/sessions.txt" || status=1
    opened=$(cat "$OUT/sessions.txt" 2>/dev/null || echo 0)
    failed_note=""
    [ "$opened" = "$SESSIONS" ] || failed_note="; the others failed, see Gatling's report of SessionsSimulation"
    sessions_line="$(rss_mb "$SERVER") MB with $opened more signed-in sessions (of $SESSIONS tried$failed_note), each having opened a lesson and a quiz page"
fi

# Every answer the server confirmed must be in the database, even after a crash: the platform is
# killed (SIGKILL, no shutdown) and its database opened; each saved answer wrote one "answered" xAPI
# statement in its own transaction, so their number is the number of answers kept.
kill -9 "$SERVER" 2>/dev/null || true
wait "$SERVER" 2>/dev/null || true
source deploy/h2-jar.sh
db_answered=$(java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/academy;IFEXISTS=TRUE" -user academy -password academy \
    -sql "SELECT COUNT(*) AS answered FROM xapi_statement WHERE verb_id = 'http://adlnet.gov/expapi/verbs/answered'" 2>&1 \
    | awk 'NR == 2 {print $1}')
export BENCH_DB_ANSWERED="${db_answered:-unknown}"

cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
memory=$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)
java_version=$(java -version 2>&1 | head -1)
cat > "$OUT/facts.txt" <<FACTS
Benchmark of $(date -u '+%Y-%m-%d %H:%M UTC'), on $(nproc) cores (${cpu:-unknown CPU}), $memory, $(uname -sr), $java_version,
H2 embedded, the load generator (Gatling) on the same machine; ${STEP_SECONDS} s per step.

- cold start to ready (/health/ready): $(printf '%.1f' "$ready") s (processor time $cpu_ready s, load average $load_ready); RSS after start: $rss_started MB
- RSS after the steps below: $rss_loaded MB; $sessions_line (deploy/jvm.options: $(sed 's/#.*//' deploy/jvm.options | xargs))
FACTS

stats=$(ls -d target/gatling/speedsimulation-*/ | head -1)js/stats.js
python3 deploy/benchmark-table.py "$stats" "$STEP_SECONDS" "$USERS" "$OUT/notes.txt" "$OUT/facts.txt" "$OUT/durations.tsv" > "$OUT/results.md"
echo
cat "$OUT/results.md"
echo
echo "table: $OUT/results.md; Gatling's reports: target/gatling/"
exit $status
