#!/usr/bin/env python3
"""Turns Gatling's statistics of SpeedSimulation (its report's js/stats.js) into the benchmark's
markdown table: per path and number of concurrent users, requests, errors, requests per second,
latency percentiles, and requests per second as a share of the static file's at the same number
of users (the machine's ceiling). Used by deploy/benchmark.sh.

    benchmark-table.py STATS_JS SECONDS USERS(10,50) NOTES_FILE FACTS_FILE [DURATIONS_FILE]

DURATIONS_FILE (written by the simulation) holds how long each step really lasted: its last
rounds end after the step's SECONDS.
"""
import os
import re
import sys

PATHS = ["static file", "catalogue", "course page", "lesson (visitor)", "lesson page", "save answer", "submit quiz", "verification", "admin report"]


def request_stats(text, name):
    """The numbers of one request name, or None when it did not run."""
    start = text.find('"name": "%s"' % name)
    if start < 0:
        return None
    block = text[start:start + 6000]   # the first of each key after the name is this request's

    def value(key, part):
        found = re.search(r'"%s": \{\s*"total": "([^"]+)",\s*"ok": "([^"]+)",\s*"ko": "([^"]+)"' % key, block)
        return found.group({"total": 1, "ok": 2, "ko": 3}[part]) if found else "-"

    return {
        "requests": int(value("numberOfRequests", "total")),
        "errors": int(value("numberOfRequests", "ko")),
        "p50": value("percentiles1", "total"),
        "p95": value("percentiles3", "total"),
        "p99": value("percentiles4", "total"),
    }


def cpu_per_request(cpu, found, name):
    """Milliseconds of the platform's processor time per request of a step, or None when not measured."""
    if not found or found["requests"] == 0 or name not in cpu:
        return None
    return 1000 * cpu[name] / found["requests"]


def main():
    stats_file, seconds, users, notes_file, facts_file = sys.argv[1:6]
    seconds = float(seconds)
    text = open(stats_file, encoding="utf-8").read()   # a JavaScript object, not JSON
    notes = [line.strip() for line in open(notes_file, encoding="utf-8")] if notes_file != "-" else []
    facts = [line.rstrip("\n") for line in open(facts_file, encoding="utf-8")] if facts_file != "-" else []
    durations = {}
    cpu = {}   # the platform's processor seconds during each step
    if len(sys.argv) > 6 and os.path.exists(sys.argv[6]):
        for line in open(sys.argv[6], encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            durations[fields[0]] = max(float(fields[1]), seconds)
            if len(fields) > 2 and float(fields[2]) > 0:
                cpu[fields[0]] = float(fields[2])
    lines = facts + [""]
    lines.append("| path | users | requests | errors | req/s | p50 ms | p95 ms | p99 ms | share of the static file's req/s "
                 "| server CPU ms/request | × the static file's CPU |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for count in [u.strip() for u in users.split(",")]:
        ceiling = request_stats(text, "static file @" + count)
        ceiling_rate = ceiling["requests"] / durations.get("static file @" + count, seconds) if ceiling else None
        ceiling_cpu = cpu_per_request(cpu, ceiling, "static file @" + count)
        for path in PATHS:
            found = request_stats(text, "%s @%s" % (path, count))
            if found is None or found["requests"] == 0:
                reason = next((n for n in notes if n.startswith(path + ": skipped")), path + ": did not run")
                lines.append("| %s | %s | - | - | - | - | - | - | %s | - | - |" % (path, count, reason.split(": ", 1)[1]))
                continue
            rate = found["requests"] / durations.get("%s @%s" % (path, count), seconds)
            share = "%.1f %%" % (100 * rate / ceiling_rate) if ceiling_rate else "-"
            per_request = cpu_per_request(cpu, found, "%s @%s" % (path, count))
            times = "%.1f ×" % (per_request / ceiling_cpu) if per_request and ceiling_cpu else "-"
            lines.append("| %s | %s | %d | %d | %.0f | %s | %s | %s | %s | %s | %s |" % (
                path, count, found["requests"], found["errors"], rate, found["p50"], found["p95"], found["p99"], share,
                "%.2f" % per_request if per_request else "-", times))
    attempt = request_stats(text, "whole attempt @%s" % os.environ.get("BENCH_ATTEMPT_USERS", "10"))
    attempt_name = "whole attempt @%s" % os.environ.get("BENCH_ATTEMPT_USERS", "10")
    if attempt and attempt["requests"] and attempt_name in cpu:
        lines.append("")
        lines.append("- whole attempt at the final assessment (quiz page, start, an answer to each of its questions, submit, "
                     "review), %s users: %d attempts, %d failed, server CPU %.1f ms per attempt"
                     % (os.environ.get("BENCH_ATTEMPT_USERS", "10"), attempt["requests"], attempt["errors"],
                        1000 * cpu[attempt_name] / attempt["requests"]))
    confirmed = sum(found["requests"] - found["errors"] for found in
                    (request_stats(text, name) for name in set(re.findall(r'"name": "([^"]+)"', text))
                     if name.endswith("(answer)") or name.split(": ")[-1].startswith("save answer @")) if found)
    kept = os.environ.get("BENCH_DB_ANSWERED")
    if kept is not None:
        lines.append("- answers confirmed by the server (200, \"saved\"), warm-up included: %d; kept in its database "
                     "after it was killed (SIGKILL): %s%s" % (confirmed, kept,
                                                            "" if kept == str(confirmed) else "  **MISMATCH**"))
    lines.append("")
    lines.append("req/s: requests of a step divided by its length (%g s, and the end of its last rounds). Each step "
                 "runs alone; every user sends its next request as soon as the last one is answered." % seconds)
    lines.append("submit quiz: the submitting request (grading); each of its rounds also opens the quiz, starts "
                 "an attempt and saves an answer (their lines are in Gatling's report); its CPU per request is per round.")
    lines.append("server CPU ms/request: the platform process's processor time (user and system, every thread: "
                 "garbage collection and compilation too) over the step, divided by the step's requests.")
    lines.extend(notes_line for notes_line in ("- " + n for n in notes))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
