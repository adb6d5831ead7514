#!/usr/bin/env bash
# Where a JFR recording's CPU samples went: the hottest methods (top frame) and the share of
# samples spent under each part of the stack (H2, EclipseLink, Faces/EL, Weld, Grizzly/servlet,
# our code), so a benchmark's slowest path can be explained from a profile, not guessed.
#   deploy/profile-summary.sh target/bench/run.jfr [top] [from to]
# from and to (HH:MM:SS, UTC, as the benchmark's log prints them) keep only the samples taken
# while one step ran, e.g. 02:56:50 02:57:00 for the lesson page at 50 users.
set -euo pipefail
RECORDING="$1"
TOP="${2:-25}"
FROM="${3:-00:00:00}"
TO="${4:-99:99:99}"
jfr print --stack-depth 256 --events jdk.ExecutionSample "$RECORDING" | python3 -c '
import sys, re, collections
top, start, end = int(sys.argv[1]), sys.argv[2], sys.argv[3]
samples, hot, parts, outside = 0, collections.Counter(), collections.Counter(), collections.Counter()
PARTS = [("H2 database", "org.h2."), ("EclipseLink (JPA)", "org.eclipse.persistence."),
         ("Faces rendering and EL", ("com.sun.faces.", "jakarta.faces.", "org.glassfish.expressionlevel", "com.sun.el.", "org.primefaces.")),
         ("CDI (Weld)", "org.jboss.weld."), ("EJB container and transactions", ("com.sun.ejb.", "com.sun.enterprise.transaction", "com.sun.jts.")),
         ("Grizzly and servlets", ("org.glassfish.grizzly.", "org.apache.catalina.")),
         ("Security (Soteria, JACC)", ("org.glassfish.soteria.", "com.sun.enterprise.security.", "org.glassfish.exousia.")),
         ("Hazelcast", "com.hazelcast."), ("the platform", "org.capacityacademy."),
         ("JSON (Yasson)", "org.eclipse.yasson."), ("Markdown and sanitiser", ("org.commonmark.", "org.owasp."))]
frames = None
def done(frames):
    global samples
    if not frames:
        return
    samples += 1
    hot[frames[0]] += 1
    outside[next((f for f in frames if not f.startswith(("java.", "jdk.", "sun."))), frames[0])] += 1
    seen = set()
    for name, prefixes in PARTS:
        if any(f.startswith(prefixes) for f in frames):
            seen.add(name)
    for name in seen:
        parts[name] += 1
for line in sys.stdin:
    line = line.strip()
    if line.startswith("jdk.ExecutionSample"):
        done(frames); frames = []
    elif line.startswith("startTime = ") and frames == []:
        when = line.split("= ")[1][:8]
        if not (start <= when <= end):
            frames = None
    elif frames is not None and re.match(r"^[\w$.]+\(", line):
        frames.append(line.split("(")[0])
done(frames)
print(f"{samples} CPU samples")
print("\nshare of samples with the part on the stack (a sample may count in several):")
for name, count in parts.most_common():
    print(f"  {100 * count / max(samples, 1):5.1f} %  {name}")
print(f"\nhottest methods (top frame), {top}:")
for method, count in hot.most_common(top):
    print(f"  {100 * count / max(samples, 1):5.1f} %  {method}")
print(f"\nhottest methods outside the JDK (the first frame that is not java.*, jdk.*, sun.*), {top}:")
for method, count in outside.most_common(top):
    print(f"  {100 * count / max(samples, 1):5.1f} %  {method}")
' "$TOP" "$FROM" "$TO"
