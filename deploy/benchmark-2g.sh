#!/usr/bin/env bash
# The 2G benchmark of offline learning (issue 19, item 5). Builds the platform, starts it on a free
# port of 127.0.0.1 with its own data folder (target/bench-2g-data, H2) and the courses of courses/,
# and measures in Debian's headless Chromium, driven by Selenium as the browser tests drive it
# (src/bench/java/.../OfflineBenchmark), on a connection throttled to 2G by DevTools'
# Network.emulateNetworkConditions (250 kbit/s, i.e. 31,250 bytes/s, down and up; 300 ms latency),
# set on the page and on its service worker:
#   1. first visit: a new learner registers, signs in and enrols (at full speed); the browser's
#      cache and everything the site stored are emptied, the cookies kept; on 2G the learner opens
#      a lesson: first and largest contentful paint (the lesson's text), from the Performance API,
#      in ms from the start of the navigation. Target: painted within 2 s.
#   2. installed: the same learner makes the course available offline on the course page (at full
#      speed), then on 2G opens another lesson: the same figures. Target: within 0.5 s.
#   3. the whole course offline, per language (ar, en, es, fr, ru, zh): a new learner switches the
#      interface language with the header's buttons and makes the course available offline; the
#      bytes stored, as the page reports them. Target: under 1 MB (1,048,576 bytes, the page's MB).
# Each figure is the median of BENCH_RUNS runs (a new learner in a new browser each). The table,
# with the targets and "met"/"missed", goes to target/bench/offline.md and is printed; the server's
# log to target/bench/server-2g.log. A course page without the offline switch (#offline-switch)
# leaves the offline figures "not measured", with a note. The script fails when a run failed (the
# table says why), not when a target is missed.
#
#   deploy/benchmark-2g.sh                                     # 5 runs: the figures (about 20 min)
#   BENCH_RUNS=1 BENCH_LANGUAGES=en deploy/benchmark-2g.sh     # a quick check that it all runs
#
# Settings (environment):
#   BENCH_RUNS        runs per figure (default 5)
#   BENCH_LANGUAGES   the languages whose whole course offline is measured (default ar,en,es,fr,ru,zh)
#   BENCH_PORT        the platform's port (default: a free one)
#   BENCH_MVN_FLAGS   extra Maven flags, e.g. -o to build offline
# Needs chromium and chromium-driver (Debian), curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${BENCH_RUNS:-5}"
LANGUAGES="${BENCH_LANGUAGES:-ar,en,es,fr,ru,zh}"
PORT="${BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
MVN="mvn ${BENCH_MVN_FLAGS:-} -q"
DATA="$PWD/target/bench-2g-data"
OUT="$PWD/target/bench"
URL="http://127.0.0.1:${PORT}"

for tool in /usr/bin/chromium /usr/bin/chromedriver; do
    [ -x "$tool" ] || { echo "$tool is missing: apt-get install chromium chromium-driver" >&2; exit 1; }
done
$MVN -DskipTests package
rm -rf "$DATA" "$OUT/offline.md"
mkdir -p "$DATA" "$OUT"

# plain HTTP on 127.0.0.1, so the session cookie may not require HTTPS here
start=$(date +%s)
MALLOC_ARENA_MAX=2 DATA_DIR="$DATA" SESSION_COOKIE_SECURE=false COURSES_DIR="$PWD/courses" \
    java @deploy/jvm.options $(deploy/class-archive.sh target/payara-micro.jsa) -jar target/payara-micro.jar --nohazelcast --disablephonehome --port "$PORT" \
    --prebootcommandfile deploy/pre-boot-commands.txt --contextroot / --deploy target/capacity-academy.war \
    > "$OUT/server-2g.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
until curl -fs "$URL/health/ready" > /dev/null 2>&1; do
    kill -0 "$SERVER" 2>/dev/null || { echo "the platform stopped; see $OUT/server-2g.log" >&2; exit 1; }
    [ $(( $(date +%s) - start )) -lt 600 ] || { echo "not ready in 10 minutes" >&2; exit 1; }
    sleep 0.2
done

cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
memory=$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)
chromium=$(/usr/bin/chromium --version 2>/dev/null | head -1)
cat > "$OUT/facts-2g.txt" <<FACTS
$(date -u '+%Y-%m-%d %H:%M UTC'), on $(nproc) cores (${cpu:-unknown CPU}), $memory, $(uname -sr), ${chromium:-Chromium}, the platform (H2 embedded) and the browser on the same machine, over loopback.
FACTS

$MVN -Pbench test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.capacityacademy.bench.OfflineBenchmark -Dbench.url="$URL" -Dbench.runs="$RUNS" \
    -Dbench.languages="$LANGUAGES" -Dbench.table="$OUT/offline.md" -Dbench.facts="$OUT/facts-2g.txt"
