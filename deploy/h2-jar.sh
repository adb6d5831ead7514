# Sourced by backup.sh and restore.sh: finds the H2 jar of the platform's version (2.5.252),
# from H2_JAR, the local Maven repository or the built WAR. Data files of another H2 version
# may not open, so no other version is taken.
H2_VERSION=2.5.252
if [ -z "${H2_JAR:-}" ]; then
    H2_JAR="$HOME/.m2/repository/com/h2database/h2/$H2_VERSION/h2-$H2_VERSION.jar"
    if [ ! -f "$H2_JAR" ]; then
        war="$(dirname "${BASH_SOURCE[0]}")/../target/capacity-academy.war"
        [ -f "$war" ] || { echo "set H2_JAR to h2-$H2_VERSION.jar (or build the WAR)" >&2; exit 1; }
        H2_JAR="$(mktemp -d)/h2-$H2_VERSION.jar"
        unzip -p "$war" "WEB-INF/lib/h2-$H2_VERSION.jar" > "$H2_JAR"
    fi
fi
