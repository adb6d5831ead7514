#!/usr/bin/env bash
# The platform's class archive (AppCDS): Payara's and the application's classes already parsed
# and verified, which saves start-up work (README, Speed: start-up).
#
#   deploy/class-archive.sh ARCHIVE           prints the JVM option: read ARCHIVE when it exists,
#                                             otherwise write it when this JVM exits normally
#                                             (SIGTERM, Ctrl-C; not kill -9)
#   deploy/class-archive.sh --write ARCHIVE   writes ARCHIVE now: starts the platform once on an
#                                             empty database in a temporary folder, waits until it
#                                             is ready and stops it (about a minute)
#
#   java @deploy/jvm.options $(deploy/class-archive.sh target/payara-micro.jsa) -jar target/payara-micro.jar ...
#
# JDK 17 cannot read one archive and write another in the same run (JDK 19's
# -XX:+AutoCreateSharedArchive would). A stale archive (another JDK or another payara-micro.jar)
# is ignored by the JVM with a warning: delete it, and the next clean stop writes a new one.
set -euo pipefail
if [ "$1" != --write ]; then
    if [ -s "$1" ]; then echo "-XX:SharedArchiveFile=$1"; else echo "-XX:ArchiveClassesAtExit=$1"; fi
    exit 0
fi
archive=$2
cd "$(dirname "$0")/.."
rm -f "$archive"
data=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
MALLOC_ARENA_MAX=2 DATA_DIR="$data" ADMIN_EMAIL=archive@example.org ADMIN_PASSWORD=archive-password-123 \
    java @deploy/jvm.options -XX:ArchiveClassesAtExit="$archive" -jar target/payara-micro.jar --nohazelcast \
    --disablephonehome --port "$port" --prebootcommandfile deploy/pre-boot-commands.txt --contextroot / \
    --deploy target/capacity-academy.war > "$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -fs "http://127.0.0.1:$port/health/ready" > /dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "the platform did not start; see its log:" >&2; tail -50 "$data/server.log" >&2; exit 1; }
    sleep 0.5
done
curl -fs -o /dev/null "http://127.0.0.1:$port/" || true     # a page, so that Faces' rendering classes are in it too
kill $pid
wait $pid 2>/dev/null || true
[ -s "$archive" ] || { echo "no class archive was written; see the log:" >&2; tail -20 "$data/server.log" >&2; exit 1; }
echo "class archive written: $archive ($(( $(stat -c %s "$archive") / 1048576 )) MB)"
