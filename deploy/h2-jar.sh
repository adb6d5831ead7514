# Sourced by backup.sh and restore.sh: finds the H2 jar of the platform's version (2.4.240),
# from H2_JAR, the local Maven repository or the built WAR. Data files of another H2 version
# may not open, so no other version is taken unless asked for: H2_JAR=/path/to/h2-2.5.252.jar
# (or H2_VERSION=2.5.252, from the local Maven repository) backs up a database written by the
# H2 that platforms before 2026-12 shipped (README, Durability).
H2_VERSION="${H2_VERSION:-2.4.240}"
if [ -z "${H2_JAR:-}" ]; then
    H2_JAR="$HOME/.m2/repository/com/h2database/h2/$H2_VERSION/h2-$H2_VERSION.jar"
    if [ ! -f "$H2_JAR" ]; then
        war="$(dirname "${BASH_SOURCE[0]}")/../target/capacity-academy.war"
        unzip -l "$war" "WEB-INF/lib/h2-$H2_VERSION.jar" >/dev/null 2>&1 \
            || { echo "set H2_JAR to h2-$H2_VERSION.jar (or build the WAR)" >&2; exit 1; }
        H2_JAR="$(mktemp -d)/h2-$H2_VERSION.jar"
        unzip -p "$war" "WEB-INF/lib/h2-$H2_VERSION.jar" > "$H2_JAR"
    fi
fi
