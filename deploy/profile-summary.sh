#!/usr/bin/env bash
# Where a JFR recording's CPU samples went: the hottest methods (top frame) and the share of
# samples spent under each part of the stack (H2, EclipseLink, Faces/EL, Weld, Grizzly/servlet,
# our code), so a benchmark's slowest path can be explained from a profile, not guessed.
#   deploy/profile-summary.sh target/bench/run.jfr [top]
set -euo pipefail
RECORDING="$1"
TOP="${2:-25}"
jfr print --stack-depth 256 --events jdk.ExecutionSample "$RECORDING" | python3 -c '
import sys, re, collections
top = int(sys.argv[1])
samples, hot, parts = 0, collections.Counter(), collections.Counter()
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
' "$TOP"
