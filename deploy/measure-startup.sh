#!/usr/bin/env bash
# Measures what the foundation promises: cold start to ready, memory after start, and the
# bytes a first visit of the home page transfers (every resource, compressed). It starts its
# own platform on 127.0.0.1 with an empty database in a temporary folder and stops it after.
# Usage: mvn -DskipTests package && deploy/measure-startup.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-18080}
jar=target/payara-micro.jar
war=target/capacity-academy.war
[ -f "$jar" ] && [ -f "$war" ] || { echo "build first: mvn -DskipTests package" >&2; exit 2; }
data=$(mktemp -d)
log="$data/server.log"
start=$(date +%s.%N)
DATA_DIR="$data" ADMIN_EMAIL=measure@example.org ADMIN_PASSWORD=measure-password-123 \
    java -Xmx512m -jar "$jar" --nohazelcast --disablephonehome --port "$port" \
    --prebootcommandfile deploy/pre-boot-commands.txt --contextroot / --deploy "$war" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "the platform did not start; see its log:" >&2; tail -50 "$log" >&2; exit 1; }
    sleep 0.2
done
ready=$(date +%s.%N)
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
printf '\nstart to ready: %.1f s\nRSS after start: %d MB\nfirst visit of the home page: %d bytes (%.1f KB) compressed\n' \
    "$(echo "$ready - $start" | bc)" $((rss_kb / 1024)) "$total" "$(echo "$total / 1024" | bc -l)"
