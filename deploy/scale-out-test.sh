#!/usr/bin/env bash
# The scale-out test on one machine, everything on 127.0.0.1: a throwaway PostgreSQL, two
# Payara Micro instances in one Hazelcast cluster, nginx in front (deploy/nginx/). Learners
# (deploy/scale-out-load.py) sign in, read lessons and save quiz answers through nginx while
# one instance is killed with kill -9; then no learner may have lost their session or a
# saved answer. Meanwhile a learning record store reads the xAPI statements incrementally
# through nginx and must get every one exactly once, in stored order, the kill included.
# The killed instance is started again and must rejoin and serve. A change
# imported on one node must be seen on the other (the shared JPA cache is coordinated). At the
# end the database is dumped and restored into an empty one (deploy/backup.sh, restore.sh),
# which must hold the same learners, progress and answers. Prints the figures; stops
# everything it started; exits non-zero on any loss.
#
#   mvn -DskipTests package && deploy/scale-out-test.sh
#
# Needs root for apt-get when PostgreSQL or nginx is missing (Debian packages postgresql, nginx).
# SCALE_LEARNERS (20), SCALE_WARM (10 s of load not measured), SCALE_BEFORE (20 s of load
# before the kill), SCALE_AFTER (25 s after), SCALE_REQUEST_TIMEOUT (15 s: when a request fails).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

LEARNERS="${SCALE_LEARNERS:-20}"
WARM="${SCALE_WARM:-10}"
BEFORE="${SCALE_BEFORE:-20}"
AFTER="${SCALE_AFTER:-25}"
PG_PORT="${SCALE_PG_PORT:-55432}"
LB_PORT="${SCALE_LB_PORT:-28080}"
HTTP_PORTS=(28081 28082)
HZ_PORTS=(26901 26902)
MICRO="$ROOT/target/payara-micro.jar"
WAR="$ROOT/target/capacity-academy.war"
DB_PASSWORD_TEST="scale-$RANDOM-$RANDOM"
ADMIN_EMAIL_TEST=scale-admin@example.org
ADMIN_PASSWORD_TEST="Scale-admin-Passw0rd!"
XAPI_KEY_TEST=scale-lrs
XAPI_SECRET_TEST="scale-xapi-$RANDOM-$RANDOM"

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { say "FAIL: $*" >&2; exit 1; }
now() { date +%s.%N; }
since() { python3 -c "import sys; print('%.1f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$1" "$(now)"; }

[ -f "$MICRO" ] && [ -f "$WAR" ] || fail "build first: mvn -DskipTests package (needs $MICRO and $WAR)"

# --- what it needs -------------------------------------------------------------------------
missing=()
ls /usr/lib/postgresql/*/bin/initdb > /dev/null 2>&1 || missing+=(postgresql)
command -v nginx > /dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
    say "Installing ${missing[*]}"
    [ "$(id -u)" = 0 ] || fail "run as root to install ${missing[*]}, or install them"
    for _ in 1 2 3 4 5 6; do   # another apt may hold the lock for a while
        if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null; then
            break
        fi
        sleep 20
    done
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$PG_BIN/initdb" ] && [ -x "$NGINX" ] || fail "PostgreSQL or nginx is still missing"

WORK=$(mktemp -d /tmp/scale-out.XXXXXX)
chmod 755 "$WORK"
PIDS=()
PG_STARTED=""
cleanup() {
    status=$?
    for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done
    [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2> /dev/null || true
    [ -n "$PG_STARTED" ] && as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w stop > /dev/null 2>&1 || true
    for pid in "${PIDS[@]}"; do wait "$pid" 2> /dev/null || true; done
    if [ "$status" != 0 ]; then
        mkdir -p "$ROOT/target/scale-out-logs"
        cp "$WORK"/*.log "$WORK"/nginx/*.log "$ROOT/target/scale-out-logs/" 2> /dev/null || true
        say "logs kept in target/scale-out-logs/"
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# PostgreSQL refuses to run as root: as root, its files and process belong to postgres
as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
psql_as() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

# --- PostgreSQL ----------------------------------------------------------------------------
T0=$(now)
mkdir -p "$WORK/pg"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 > "$WORK/initdb.log"
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $WORK/pg -c fsync=on" start > /dev/null
PG_STARTED=yes
psql_as -c "CREATE ROLE academy LOGIN PASSWORD '$DB_PASSWORD_TEST'" -c "CREATE DATABASE academy OWNER academy"
say "PostgreSQL on 127.0.0.1:$PG_PORT ($(since "$T0") s)"

# --- the platform's instances ----------------------------------------------------------------
MEMBERS="127.0.0.1:${HZ_PORTS[0]},127.0.0.1:${HZ_PORTS[1]}"
COURSES="$WORK/courses"        # one shared copy, so the cache check can change it
cp -r "$ROOT/courses" "$COURSES"
NODE_PIDS=("" "")
start_node() {   # index (0 or 1); the options are deploy/README.md's, with ports of our own
    local i=$1
    mkdir -p "$WORK/node$i"
    MALLOC_ARENA_MAX=2 DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/academy" DB_USER=academy DB_PASSWORD="$DB_PASSWORD_TEST" \
    DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource DATA_DIR="$WORK/node$i" COURSES_DIR="$COURSES" \
    ADMIN_EMAIL="$ADMIN_EMAIL_TEST" ADMIN_PASSWORD="$ADMIN_PASSWORD_TEST" PUBLIC_URL="http://127.0.0.1:$LB_PORT" \
    XAPI_CLIENT_KEY="$XAPI_KEY_TEST" XAPI_CLIENT_SECRET="$XAPI_SECRET_TEST" \
        java @"$ROOT/deploy/jvm.options" -Xmx512m -XX:SharedArchiveFile="$ROOT/target/payara-micro.jsa" \
        -Dhazelcast.socket.bind.any=false -jar "$MICRO" --disablephonehome \
        --name "node$i" --port "${HTTP_PORTS[$i]}" --prebootcommandfile "$ROOT/deploy/pre-boot-commands-cluster.txt" \
        --clustername "scale-out-$$" --interfaces 127.0.0.1 --startport "${HZ_PORTS[$i]}" \
        --clustermode "tcpip:$MEMBERS" --nohostaware \
        --contextroot / --deploy "$WAR" >> "$WORK/node$i.log" 2>&1 &
    NODE_PIDS[$i]=$!
    PIDS+=($!)
}
wait_ready() {   # index, seconds
    local i=$1
    for _ in $(seq 1 "$2"); do
        curl -fs "http://127.0.0.1:${HTTP_PORTS[$i]}/health/ready" > /dev/null 2>&1 && return 0
        kill -0 "${NODE_PIDS[$i]}" 2> /dev/null || fail "node$i stopped during start-up (see its log)"
        sleep 1
    done
    fail "node$i was not ready in $2 s"
}
# Hazelcast logs the members it sees, ending with "DG Size: n"
wait_members() {   # log, members, seconds
    local deadline=$(( $(date +%s) + $3 ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        [ "$(grep -o 'DG Size: [0-9]*' "$1" | tail -1)" = "DG Size: $2" ] && return 0
        sleep 0.2
    done
    return 1
}

T=$(now)
start_node 0
wait_ready 0 240
NODE0_READY=$(since "$T")
say "node0 ready on 127.0.0.1:${HTTP_PORTS[0]} in $NODE0_READY s (empty database migrated, course imported)"

# --- nginx -----------------------------------------------------------------------------------
mkdir -p "$WORK/nginx/cache"
chmod -R 777 "$WORK/nginx"
sed -e "s|@UPSTREAM_SERVERS@|server 127.0.0.1:${HTTP_PORTS[0]} max_fails=1 fail_timeout=5s; server 127.0.0.1:${HTTP_PORTS[1]} max_fails=1 fail_timeout=5s;|" \
    -e "s|@LISTEN@|127.0.0.1:$LB_PORT|" -e "s|@WORK@|$WORK/nginx|g" -e "s|@PROXY@|$ROOT/deploy/nginx/academy-proxy.conf|" \
    "$ROOT/deploy/nginx/scale-out-test.conf" > "$WORK/nginx/nginx.conf"
"$NGINX" -t -q -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -e "$WORK/nginx/error.log" 2> "$WORK/nginx/check.log" \
    || { cat "$WORK/nginx/check.log" >&2; fail "nginx refused its configuration"; }
"$NGINX" -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -e "$WORK/nginx/error.log"
for _ in $(seq 1 20); do [ -f "$WORK/nginx/nginx.pid" ] && break; sleep 0.2; done
curl -fs "http://127.0.0.1:$LB_PORT/health/ready" > /dev/null || fail "nginx does not pass requests to node0"
say "nginx on 127.0.0.1:$LB_PORT, round robin over ${HTTP_PORTS[*]}"

T=$(now)
start_node 1
wait_members "$WORK/node0.log" 2 180 || fail "node1 did not join node0's data grid in 180 s"
FORMED=$(since "$T")
wait_ready 1 240
NODE1_READY=$(since "$T")
say "cluster of 2 formed $FORMED s after node1 was started (DG Size: 2); node1 ready after $NODE1_READY s"

if [ -n "${SCALE_HOLD:-}" ]; then   # for finding out by hand what goes wrong: keeps the cluster up
    say "holding for $SCALE_HOLD s: nginx $LB_PORT, nodes ${HTTP_PORTS[*]}, logs in $WORK"
    sleep "$SCALE_HOLD" &
    wait $!
fi

# --- learners ----------------------------------------------------------------------------------
LB="http://127.0.0.1:$LB_PORT"
STATE="$WORK/learners.json"
say "Setting up $LEARNERS learners through nginx"
python3 "$ROOT/deploy/scale-out-load.py" setup --url "$LB" --state "$STATE" --learners "$LEARNERS" \
    || fail "learners could not be set up"

LOAD_STATUS=0
# the same check runs on the restarted cluster below
say "Changing a lesson title, importing it on node1, reading it on node0 (before the kill)"
python3 "$ROOT/deploy/scale-out-load.py" cache --url "http://127.0.0.1:${HTTP_PORTS[1]}" \
    --url "http://127.0.0.1:${HTTP_PORTS[0]}" --courses "$COURSES" \
    --admin "$ADMIN_EMAIL_TEST" "$ADMIN_PASSWORD_TEST" || LOAD_STATUS=1

# node0 is the oldest member and holds the scheduled jobs' leases: the harder one to lose
grep -q 'Job expired-attempts runs on this node' "$WORK/node0.log" || fail "node0 does not run the time-limit sweep"
grep -q 'Job expired-attempts runs on this node' "$WORK/node1.log" && fail "both nodes run the time-limit sweep"
say "Load: $WARM s to warm up, $BEFORE s on two instances, kill -9 node0, $AFTER s on one"
KILLED_AT=$(date +%s)
XAPI_KEY="$XAPI_KEY_TEST" XAPI_SECRET="$XAPI_SECRET_TEST" python3 "$ROOT/deploy/scale-out-load.py" xapi --url "$LB" \
    --stop "$WORK/load-done" > "$WORK/xapi.out" 2>&1 &
XAPI_READER=$!
PIDS+=($XAPI_READER)
python3 "$ROOT/deploy/scale-out-load.py" load --url "$LB" --state "$STATE" --warm "$WARM" --before "$BEFORE" --after "$AFTER" \
    --kill-pid "${NODE_PIDS[0]}" || LOAD_STATUS=$?
wait "${NODE_PIDS[0]}" 2> /dev/null || true
touch "$WORK/load-done"
XAPI_STATUS=0
wait "$XAPI_READER" || XAPI_STATUS=$?
cat "$WORK/xapi.out"
[ "$XAPI_STATUS" = 0 ] || { say "the xAPI reader missed or repeated statements" >&2; LOAD_STATUS=1; }
KILLED_AT=$((KILLED_AT + ${WARM%.*} + ${BEFORE%.*}))

say "Verifying every learner's session and confirmed answers through nginx (one instance left)"
python3 "$ROOT/deploy/scale-out-load.py" verify --url "$LB" --state "$STATE" || LOAD_STATUS=1

# --- rejoin ----------------------------------------------------------------------------------
T=$(now)
mv "$WORK/node0.log" "$WORK/node0-killed.log"
start_node 0
wait_members "$WORK/node0.log" 2 180 || fail "node0 did not rejoin the data grid in 180 s"
REJOINED=$(since "$T")
wait_ready 0 240
say "node0 restarted: rejoined (DG Size: 2) after $REJOINED s, ready after $(since "$T") s"
python3 "$ROOT/deploy/scale-out-load.py" verify --url "$LB" --url "http://127.0.0.1:${HTTP_PORTS[0]}" \
    --url "http://127.0.0.1:${HTTP_PORTS[1]}" --state "$STATE" || LOAD_STATUS=1

# the survivor took the scheduled jobs over once node0's lease had expired (45 s)
LEASE_DEADLINE=$((KILLED_AT + 75))
until grep -q 'Job expired-attempts runs on this node' "$WORK/node1.log"; do
    [ "$(date +%s)" -lt "$LEASE_DEADLINE" ] || fail "node1 never took the time-limit sweep over from the killed node0"
    sleep 1
done
say "node1 took the time-limit sweep over from the killed node0"

# --- the shared cache is coherent: a lesson changed and imported on one node shows on the other --
cache_check() {   # importing node, reading node
    say "Changing a lesson title, importing it on node$1, reading it on node$2"
    python3 "$ROOT/deploy/scale-out-load.py" cache --url "http://127.0.0.1:${HTTP_PORTS[$1]}" \
        --url "http://127.0.0.1:${HTTP_PORTS[$2]}" --courses "$COURSES" \
        --admin "$ADMIN_EMAIL_TEST" "$ADMIN_PASSWORD_TEST" || LOAD_STATUS=1
}
cache_check 0 1
cache_check 1 0

# --- backup and restore --------------------------------------------------------------------
say "Backup with pg_dump while the platform runs, restore into an empty database, compare"
PGPASSWORD="$DB_PASSWORD_TEST" "$ROOT/deploy/backup.sh" postgresql \
    "postgresql://academy@127.0.0.1:$PG_PORT/academy" "$WORK/academy.dump" > /dev/null
psql_as -c "CREATE DATABASE academy_restored OWNER academy"
PGPASSWORD="$DB_PASSWORD_TEST" "$ROOT/deploy/restore.sh" postgresql "$WORK/academy.dump" \
    "postgresql://academy@127.0.0.1:$PG_PORT/academy_restored" > /dev/null
COUNTS="SELECT (SELECT COUNT(*) FROM account) || ' accounts, ' || (SELECT COUNT(*) FROM enrolment) || ' enrolments, '
    || (SELECT COUNT(*) FROM lesson_completion) || ' lesson completions, ' || (SELECT COUNT(*) FROM quiz_attempt)
    || ' attempts, ' || (SELECT COUNT(*) FROM attempt_question WHERE response IS NOT NULL) || ' saved answers, '
    || (SELECT COUNT(*) FROM xapi_statement) || ' statements, '
    || (SELECT md5(string_agg(attempt_id || ':' || position || ':' || coalesce(response, ''), ',' ORDER BY attempt_id, position)) FROM attempt_question)"
# the platform still runs: compare a dump taken now with the restored one taken then is not fair,
# so both counts come from the moment of the dump (no load runs now; the sweep changes nothing here)
ORIGINAL=$(psql_as -d academy -c "$COUNTS")
RESTORED=$(psql_as -d academy_restored -c "$COUNTS")
say "original: ${ORIGINAL%,*}"
say "restored: ${RESTORED%,*}"
[ "$ORIGINAL" = "$RESTORED" ] || { say "the restored database differs" >&2; LOAD_STATUS=1; }

FIG="$STATE.figures.json"
echo
say "Figures ($(nproc) cores, $LEARNERS learners; PostgreSQL, 2 x Payara Micro, nginx on one machine):"
python3 - "$FIG" "$FORMED" "$NODE1_READY" "$REJOINED" <<'PY'
import json, sys
f = json.load(open(sys.argv[1]))
rec = f["survivor_served_every_learner_s"]
print("| figure | value |")
print("|---|---:|")
print("| cluster formation (second instance started → `DG Size: 2`) | %s s |" % sys.argv[2])
print("| second instance started → ready | %s s |" % sys.argv[3])
print("| requests failed during the kill (in flight or sent until every learner was served again) | %d of %d (%.2f %%) |"
      % (f["failed_during_kill"], f["requests_during_kill"], 100 * f["failed_share_during_kill"]))
print("| requests failed in the whole load | %d of %d (%.2f %%) |" % (f["failed_total"], f["requests"], 100 * f["failed_share_total"]))
print("| time until the survivor had served every learner | %s |" % ("%.1f s" % rec if rec is not None else "never"))
print("| throughput through nginx, two instances | %.0f req/s |" % f["throughput_two_instances_rps"])
print("| throughput through nginx, one instance | %.0f req/s |" % f["throughput_one_instance_rps"])
print("| killed instance restarted → rejoined (`DG Size: 2`) | %s s |" % sys.argv[4])
print("| learners who lost their session | %d |" % len(f["lost_sessions"]))
PY
[ "$LOAD_STATUS" = 0 ] || fail "a learner lost a session or a saved answer, the xAPI reader a statement, or the restored database differs (see above)"
say "PASS: no session or saved answer lost; every xAPI statement read once, in order; the killed instance rejoined and serves; backup restored"
