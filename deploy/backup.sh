#!/usr/bin/env bash
# Backs up the platform's database.
#
#   deploy/backup.sh postgresql postgresql://academy@db.example.org:5432/academy academy.dump
#       online, while the platform runs: pg_dump's custom format (-Fc), one consistent snapshot
#       of the database; the password from PGPASSWORD or ~/.pgpass
#   deploy/backup.sh h2 /var/lib/capacity-academy academy-h2.zip
#       the embedded H2 database of DATA_DIR as a compressed SQL script (H2's Script tool);
#       the platform must be stopped: it holds the file open (see deploy/README.md for
#       backups while it runs). DB_USER/DB_PASSWORD as the platform's (default academy/academy)
#
# H2_JAR names the H2 2.4.240 jar; by default it is taken from ~/.m2 or target/capacity-academy.war
# (see h2-jar.sh for a database of the H2 2.5.252 that earlier platforms shipped).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
kind="${1:-}"; source="${2:-}"; file="${3:-}"
[ -n "$kind" ] && [ -n "$source" ] && [ -n "$file" ] || { sed -n '2,13p' "$0" >&2; exit 2; }

case "$kind" in
postgresql)
    pg_dump --format=custom --no-owner --no-privileges --file="$file" --dbname="$source"
    ;;
h2)
    . "$here/h2-jar.sh"
    [ -f "$source/academy.mv.db" ] || { echo "no $source/academy.mv.db" >&2; exit 1; }
    java -cp "$H2_JAR" org.h2.tools.Script -url "jdbc:h2:file:$source/academy;IFEXISTS=TRUE" \
        -user "${DB_USER:-academy}" -password "${DB_PASSWORD:-academy}" -script "$file" -options compression zip
    ;;
*)
    echo "unknown database kind $kind (postgresql or h2)" >&2; exit 2
    ;;
esac
echo "backed up to $file ($(du -h "$file" | cut -f1))"
