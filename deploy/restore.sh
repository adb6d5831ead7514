#!/usr/bin/env bash
# Restores a backup of deploy/backup.sh into an empty database; start the platform on it
# afterwards (its migrations find the schema up to date, or bring it up to date).
#
#   deploy/restore.sh postgresql academy.dump postgresql://academy@db.example.org:5432/academy
#       into an existing, empty database owned by the platform's user (createdb -O academy academy)
#   deploy/restore.sh h2 academy-h2.zip /var/lib/capacity-academy
#       into a new DATA_DIR (there must be no academy.mv.db in it yet), with DB_USER/DB_PASSWORD
#
# H2_JAR names the H2 2.4.240 jar; by default it is taken from ~/.m2 or target/capacity-academy.war
# (see h2-jar.sh for a database of the H2 2.5.252 that earlier platforms shipped).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
kind="${1:-}"; file="${2:-}"; target="${3:-}"
[ -n "$kind" ] && [ -n "$file" ] && [ -n "$target" ] || { sed -n '2,11p' "$0" >&2; exit 2; }
[ -f "$file" ] || { echo "no backup file $file" >&2; exit 1; }

case "$kind" in
postgresql)
    # one transaction: a restore that fails leaves the database empty, not half-filled
    pg_restore --no-owner --no-privileges --single-transaction --exit-on-error --dbname="$target" "$file"
    ;;
h2)
    . "$here/h2-jar.sh"
    [ ! -e "$target/academy.mv.db" ] || { echo "$target/academy.mv.db exists: restore into an empty folder" >&2; exit 1; }
    mkdir -p "$target"
    java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$target/academy" \
        -user "${DB_USER:-academy}" -password "${DB_PASSWORD:-academy}" -script "$file" -options compression zip
    ;;
*)
    echo "unknown database kind $kind (postgresql or h2)" >&2; exit 2
    ;;
esac
echo "restored $file into $target"
