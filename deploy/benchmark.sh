#!/usr/bin/env bash
# Benchmarks the learner's hot paths (a signed-in lesson page, saving a quiz answer) with
# Gatling: builds the platform, starts it on its own port and data folder (H2, like the
# embedded default), runs src/bench/java/.../HotPathsSimulation with BENCH_USERS learners at
# once for BENCH_SECONDS, stops the platform and prints requests per second and latency
# percentiles per request. The HTML report is in target/gatling/.
#
#   deploy/benchmark.sh                      # 50 learners, 30 s
#   BENCH_USERS=10 deploy/benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${BENCH_PORT:-8181}"
USERS="${BENCH_USERS:-50}"
DURATION="${BENCH_SECONDS:-30}"
DATA="$PWD/target/bench-data"
URL="http://127.0.0.1:${PORT}"

mvn -q -DskipTests package
rm -rf "$DATA"
# plain HTTP on 127.0.0.1, so the session cookie may not require HTTPS here
DATA_DIR="$DATA" SESSION_COOKIE_SECURE=false COURSES_DIR="$PWD/courses" \
ADMIN_EMAIL=bench-admin@example.org ADMIN_PASSWORD="Bench-admin-Passw0rd!" \
    java -Xmx768m -jar target/payara-micro.jar --nohazelcast --disablephonehome --port "$PORT" \
    --prebootcommandfile deploy/pre-boot-commands.txt --contextroot / --deploy target/capacity-academy.war \
    > target/bench-server.log 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
    if curl -fs "$URL/health/ready" > /dev/null 2>&1; then break; fi
    if ! kill -0 "$SERVER" 2>/dev/null; then echo "the platform stopped; see target/bench-server.log" >&2; exit 1; fi
    sleep 1
done
curl -fs "$URL/health/ready" > /dev/null || { echo "the platform was not ready in 3 minutes" >&2; exit 1; }

rm -rf target/gatling
mvn -q -Pbench test-compile gatling:test -Dbench.warmUp="${BENCH_WARM_UP:-true}" -Dbench.url="$URL" -Dbench.users="$USERS" -Dbench.seconds="$DURATION"

STATS=$(ls -d target/gatling/*/ | head -1)js/stats.js
echo
echo "Hot paths, ${USERS} learners at once for ${DURATION} s, on $(nproc) cores ($(uname -sr)):"
python3 - "$STATS" "$DURATION" <<'PY'
import re, sys
text = open(sys.argv[1]).read()   # Gatling's report data: a JavaScript object, not JSON
print("| request | requests | errors | req/s over the %s s | p50 ms | p95 ms | p99 ms | max ms |" % sys.argv[2])
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name in ("lesson page", "save answer"):
    start = text.find('"name": "%s"' % name)
    if start < 0:
        continue
    block = text[start:start + 5000]   # the first of each key after the name is this request's
    def value(key, part="total"):
        found = re.search('"%s": \\{\\s*"total": "([^"]+)",\\s*"ok": "([^"]+)",\\s*"ko": "([^"]+)"' % key, block)
        return found.group({"total": 1, "ok": 2, "ko": 3}[part])
    print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (name, value("numberOfRequests"), value("numberOfRequests", "ko"),
          round(int(value("numberOfRequests")) / int(sys.argv[2])), value("percentiles1"), value("percentiles3"), value("percentiles4"),
          value("maxResponseTime")))
PY
