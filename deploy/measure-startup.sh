#!/usr/bin/env bash
# Measures what the foundation promises: cold start to ready, memory after start, and the
# bytes a first visit of the home page transfers (every resource, compressed). It starts its
# own platform on 127.0.0.1 with an empty database in a temporary folder (schema created, the
# course of courses/ imported, as the README's first command does) and stops it after. It also
# prints the processor time the platform's process used until ready (user + system, from
# /proc), which varies less than the wall-clock time on a machine shared with other work.
# The JVM options are deploy/jvm.options; the class archive (deploy/class-archive.sh,
# target/payara-micro.jsa) is written first when it is missing (one start and clean stop, as an
# installation's first start and stop do).
# Usage: mvn -DskipTests package && deploy/measure-startup.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-18080}
jar=target/payara-micro.jar
war=target/capacity-academy.war
archive=target/payara-micro.jsa
[ -f "$jar" ] && [ -f "$war" ] || { echo "build first: mvn -DskipTests package" >&2; exit 2; }
data=$(mktemp -d)
pid=""
trap '[ -z "$pid" ] || kill $pid 2>/dev/null; wait 2>/dev/null; rm -rf "$data"' EXIT

start_platform() {   # folder for the data and the log
    mkdir -p "$1"
    MALLOC_ARENA_MAX=2 DATA_DIR="$1" ADMIN_EMAIL=measure@example.org ADMIN_PASSWORD=measure-password-123 \
        java @deploy/jvm.options $(deploy/class-archive.sh "$archive") -jar "$jar" --nohazelcast --disablephonehome \
        --port "$port" --prebootcommandfile deploy/pre-boot-commands.txt --contextroot / --deploy "$war" \
        >"$1/server.log" 2>&1 &
    pid=$!
    until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
        kill -0 $pid 2>/dev/null || { echo "the platform did not start; see its log:" >&2; tail -50 "$1/server.log" >&2; exit 1; }
        sleep 0.2
    done
}

[ -s "$archive" ] || deploy/class-archive.sh --write "$archive"

load=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date +%s.%N)
start_platform "$data/measured"
ready=$(date +%s.%N)
cpu=$(awk -v ticks="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / ticks}' /proc/$pid/stat)
rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)

base="http://127.0.0.1:$port"
page=$(mktemp)
bytes() { curl -s -o /dev/null -H 'Accept-Encoding: gzip' -H 'Accept-Language: en' -w '%{size_download}' "$1"; }
home=$(curl -s -H 'Accept-Encoding: gzip' -H 'Accept-Language: en' --compressed -o "$page" -w '%{size_download}' "$base/")
total=$home
printf '%8s  %s\n' "$home" "/ (HTML)"
for url in $(grep -oE '(href|src)="/[^"]+"' "$page" | sed -E 's/^(href|src)="//; s/"$//; s/&amp;/\&/g' | grep -E 'jakarta.faces.resource|\.css|\.js' | sort -u); do
    size=$(bytes "$base$url")
    total=$((total + size))
    printf '%8s  %s\n' "$size" "$url"
done
rm -f "$page"
printf '\nstart to ready: %.1f s (processor time %s s; load average before: %s)\nRSS after start: %d MB\nfirst visit of the home page: %d bytes (%.1f KB) compressed\n' \
    "$(echo "$ready - $start" | bc)" "$cpu" "$load" $((rss_kb / 1024)) "$total" "$(echo "$total / 1024" | bc -l)"
