#!/usr/bin/env python3
"""Learners for deploy/scale-out-test.sh, with the standard library only.

  setup   LEARNERS learners register, sign in, enrol in gge-2013 and start the introduction
          quiz through the load balancer; their cookies and attempts go to STATE (JSON)
  load    every learner reads lessons and saves quiz answers (PUT /api/attempts/{id}/answers/{n})
          as fast as the platform answers, WARM seconds not counted, then BEFORE seconds;
          then this kills KILL_PID with
          SIGKILL and goes on for AFTER seconds. It prints the figures and records in STATE the
          last answer the server confirmed saved for each question
  verify  every learner is still signed in (an own page answers 200, not a redirect to sign-in)
          and the attempt page shows every confirmed answer; optionally through each of the
          given node addresses too. Exits 1 on any loss
  cache   a lesson title changed in the course files (--courses) and imported by the
          administrator on the first --url shows on the second --url within 30 s
  xapi    a learning record store reading /xapi/statements incrementally through the load
          balancer (since=<last stored>, ascending, following "more") until the file --stop
          exists, then once more; then the whole reading again in one go: every statement must
          have come exactly once, in stored order (XAPI_KEY and XAPI_SECRET in the environment)

A request fails when it raises (connection refused or reset, time-out) or answers 5xx; a
session is lost when a signed-in request is sent to the sign-in page or answered 401.
"""
import argparse
import html
import http.client
import json
import os
import re
import signal
import sys
import threading
import time
import urllib.parse
import uuid

PASSWORD = "scale horse battery staple"
COURSE = "gge-2013"
QUIZ = "introduction"
LESSONS = ["norms-international-law", "capacity-building-measures", "introduction-why-the-group-met"]
# a request not answered in this time fails; SCALE_REQUEST_TIMEOUT raises it on a machine
# crowded by other work, where even a sign-in can take longer
TIMEOUT = float(os.environ.get("SCALE_REQUEST_TIMEOUT", "15"))


class Learner:
    """One person with their own cookies and connection, speaking HTTP/1.1 like a browser."""

    def __init__(self, base, email, cookies=None):
        self.base = urllib.parse.urlsplit(base)
        self.email = email
        self.cookies = dict(cookies or {})
        self.connection = None

    def request(self, method, path, body=None, headers=None):
        """One request, no redirect followed: (status, headers, text)."""
        all_headers = {"Accept-Language": "en", "Accept": "text/html,application/json"}
        all_headers.update(headers or {})
        if self.cookies:
            all_headers["Cookie"] = "; ".join("%s=%s" % pair for pair in self.cookies.items())
        if isinstance(body, dict):
            body = urllib.parse.urlencode(body)
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.base.hostname, self.base.port, timeout=TIMEOUT)
            try:
                self.connection.request(method, path, body=body, headers=all_headers)
                response = self.connection.getresponse()
                text = response.read().decode("utf-8", "replace")
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as e:
                # a kept-alive connection the balancer closed meanwhile is not a failure of the
                # platform: a browser opens a new one too; a second failure is
                self.close()
                if attempt == 2:
                    raise e
            except Exception:
                self.close()
                raise
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                pair = value.split(";", 1)[0]
                key, _, cookie = pair.partition("=")
                self.cookies[key.strip()] = cookie.strip()
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        return response.status, response, text

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def page(self, path):
        """GET, following redirects, as a browser does."""
        for _ in range(5):
            status, response, text = self.request("GET", path)
            if status in (301, 302, 303, 307):
                path = relative(response.getheader("Location"))
                continue
            return status, path, text
        raise RuntimeError("too many redirects from " + path)

    def form(self, path, form, fields):
        """Loads a Faces page and posts one of its forms with its view state; the page it ends on."""
        status, path, text = self.page(path)
        if status != 200:
            raise RuntimeError("%s answered %s" % (path, status))
        data = {form: form, "jakarta.faces.ViewState": hidden(text, "jakarta.faces.ViewState")}
        nonce = hidden(text, "primefaces.nonce", required=False)
        if nonce:
            data["primefaces.nonce"] = nonce
        data.update(fields)
        status, response, text = self.request("POST", path, body=data)
        if status in (301, 302, 303):
            return self.page(relative(response.getheader("Location")))
        return status, path, text


def relative(location):
    parts = urllib.parse.urlsplit(location)
    return parts.path + ("?" + parts.query if parts.query else "")


def hidden(text, name, required=True):
    found = re.search(r'name="%s"[^>]*value="([^"]*)"' % re.escape(name), text) \
        or re.search(r'value="([^"]*)"[^>]*name="%s"' % re.escape(name), text)
    if not found and required:
        raise RuntimeError("no %s in the page" % name)
    return html.unescape(found.group(1)) if found else None


def questions(text):
    """The questions this driver answers: true/false and single choice, by position."""
    found = {}
    for position, kind in re.findall(r'data-position="(\d+)" data-type="(true-false|single-choice)"', text):
        found[position] = kind
    return found


def answer_for(kind, turn):
    """Alternates the answer, so that a lost update shows as the older value."""
    if kind == "true-false":
        return "true" if turn % 2 == 0 else "false"
    return str(turn % 2)


def shown_answers(text):
    """What the attempt page shows as chosen: position -> value."""
    chosen = {}
    for tag in re.findall(r"<input[^>]*>", text):
        if "checked" not in tag:
            continue
        found = re.search(r'id="q(\d+)-([a-z0-9]+)"', tag)
        if found:
            chosen[found.group(1)] = found.group(2)
    return chosen


def set_up(base, count, state_file):
    learners, errors = [], []
    lock = threading.Lock()

    def one(number):
        email = "scale-%s@example.org" % uuid.uuid4()
        learner = Learner(base, email)
        try:
            learner.form("/account/register.xhtml", "register", {
                "register:email": email, "register:password": PASSWORD, "register:confirmation": PASSWORD,
                "register:fullName": "Scale Learner %d" % number, "register:country": "KE",
                "register:organisation": "Ministry of ICT", "register:organisationType": "GOVERNMENT",
                "register:jobTitle": "Analyst", "register:language": "en", "register:submit": "Register"})
            learner.form("/sign-in.xhtml", "sign-in", {
                "sign-in:email": email, "sign-in:password": PASSWORD, "sign-in:submit": "Sign in"})
            learner.form("/catalog/course.xhtml?code=" + COURSE, "enrol", {"enrol:submit": "Enrol"})
            # progress to find again after a restore: the first lesson completed
            status, _, text = learner.page("/catalog/lesson.xhtml?course=%s&lesson=%s" % (COURSE, LESSONS[0]))
            complete = re.search(r'data-complete-url="([^"]+)"', text)
            if status != 200 or not complete:
                raise RuntimeError("the lesson page offers no completion (%s)" % status)
            status, _, _ = learner.request("PUT", html.unescape(complete.group(1)))
            if status >= 300:
                raise RuntimeError("completing a lesson answered %s" % status)
            status, path, text = learner.form("/learning/quiz.xhtml?course=%s&quiz=%s" % (COURSE, QUIZ), "start",
                                              {"start:submit": "Start"})
            attempt = re.search(r"id=([0-9a-f-]{36})", path)
            if status != 200 or not attempt:
                raise RuntimeError("starting the attempt ended on %s (%s)" % (path, status))
            answerable = questions(text)
            if not answerable:
                raise RuntimeError("the attempt has no true/false or single-choice question")
            with lock:
                learners.append({"email": email, "cookies": learner.cookies, "attempt": attempt.group(1),
                                 "questions": answerable, "confirmed": {}, "uncertain": {}})
        except Exception as e:
            with lock:
                errors.append("%s: %s" % (email, e))
        finally:
            learner.close()

    # two learners alone first, so that both instances have compiled the pages before the crowd
    # arrives (concurrent first sign-ins fail on a cold platform: the benchmark's open issue),
    # then a few at a time: sign-in hashes passwords (PBKDF2), what a crowd at 09:00 costs
    for number in range(min(2, count)):
        one(number)
    threads = []
    for number in range(min(2, count), count):
        thread = threading.Thread(target=one, args=(number,))
        threads.append(thread)
        thread.start()
        if len(threads) % 4 == 0:
            for waiting in threads[-4:]:
                waiting.join()
    for thread in threads:
        thread.join()
    for error in errors:
        print("  set-up failed for " + error, file=sys.stderr)
    json.dump({"learners": learners}, open(state_file, "w"), indent=1)
    print("  %d learners signed in, enrolled, attempt started (%d failed)" % (len(learners), len(errors)))
    return 1 if errors else 0


def load(base, state_file, warm, before, after, kill_pid):
    state = json.load(open(state_file))
    records = []          # (start, end, ok, learner index)
    lost_sessions = []
    lock = threading.Lock()
    stop = threading.Event()
    killed_at = [None]

    def work(index, record):
        learner = Learner(base, record["email"], record["cookies"])
        positions = sorted(record["questions"], key=int)
        turn = 0
        while not stop.is_set():
            lesson = LESSONS[turn % len(LESSONS)]
            position = positions[turn % len(positions)]
            value = answer_for(record["questions"][position], turn // len(positions))
            for kind in ("lesson", "answer"):
                start = time.monotonic()
                ok, lost = False, False
                try:
                    if kind == "lesson":
                        status, _, text = learner.request("GET", "/catalog/lesson.xhtml?course=%s&lesson=%s" % (COURSE, lesson))
                        ok = status == 200 and "para-" in text
                    else:
                        # until the server confirms, it may or may not have stored it (a node
                        # dying after the commit, before the reply): either value counts
                        record["uncertain"][position] = value
                        status, _, text = learner.request(
                            "PUT", "/api/attempts/%s/answers/%s" % (record["attempt"], position),
                            body=json.dumps({"answer": value}), headers={"Content-Type": "application/json"})
                        ok = status == 200 and '"saved"' in text
                        lost = status in (401, 302, 303)
                        if ok:
                            record["confirmed"][position] = value
                            record["uncertain"].pop(position, None)
                        elif status < 500 and not lost:
                            print("  answer refused: %s %s" % (status, text[:200]), file=sys.stderr)
                except Exception:
                    ok = False
                end = time.monotonic()
                with lock:
                    records.append((start, end, ok, index))
                    if lost:
                        lost_sessions.append(record["email"])
            turn += 1
        learner.close()

    threads = [threading.Thread(target=work, args=(i, r)) for i, r in enumerate(state["learners"])]
    for thread in threads:
        thread.start()
    # a warm-up not counted: the instance started last has not compiled its hot paths yet
    time.sleep(warm)
    with lock:
        records.clear()
    began = time.monotonic()
    time.sleep(before)
    killed_at[0] = time.monotonic()
    os.kill(kill_pid, signal.SIGKILL)
    time.sleep(after)
    stop.set()
    for thread in threads:
        thread.join()
    json.dump(state, open(state_file, "w"), indent=1)

    kill = killed_at[0]
    learners = len(state["learners"])

    def throughput(start, end):
        done = [r for r in records if start <= r[1] < end and r[2]]
        return len(done) / (end - start)

    # requests failed "during the kill": those in flight at the kill or sent after it, until the
    # survivor had answered every learner
    served = {}
    for start, end, ok, index in sorted(records, key=lambda r: r[1]):
        if ok and start >= kill and index not in served:
            served[index] = end
    recovered = max(served.values()) - kill if len(served) == learners else None
    window_end = kill + (recovered if recovered is not None else after)
    around = [r for r in records if r[1] >= kill and r[0] <= window_end]
    failed_around = sum(1 for r in around if not r[2])
    failed_total = sum(1 for r in records if not r[2])
    two = throughput(began, kill)
    settle = kill + (recovered or 0) + 2
    one = throughput(settle, kill + after) if kill + after - settle > 3 else float("nan")
    figures = {
        "learners": learners,
        "requests": len(records),
        "failed_total": failed_total,
        "requests_during_kill": len(around),
        "failed_during_kill": failed_around,
        "failed_share_during_kill": failed_around / len(around) if around else 0.0,
        "failed_share_total": failed_total / len(records) if records else 0.0,
        "survivor_served_every_learner_s": recovered,
        "throughput_two_instances_rps": two,
        "throughput_one_instance_rps": one,
        "lost_sessions": sorted(set(lost_sessions)),
    }
    json.dump(figures, open(state_file + ".figures.json", "w"), indent=1)
    print("  requests: %d, failed: %d (%.2f %%)" % (len(records), failed_total, 100 * figures["failed_share_total"]))
    print("  requests failed during the kill: %d of %d (%.2f %%)" % (failed_around, len(around),
                                                                      100 * figures["failed_share_during_kill"]))
    print("  time until the survivor served every learner: %s" %
          ("%.1f s" % recovered if recovered is not None else "NEVER (some learner was not served)"))
    print("  throughput through nginx: two instances %.0f req/s, one instance %.0f req/s" % (two, one))
    if lost_sessions:
        print("  LOST SESSIONS during the load: %d learners" % len(set(lost_sessions)), file=sys.stderr)
        return 1
    return 0 if recovered is not None else 1


def verify(bases, state_file, sign_in=False):
    state = json.load(open(state_file))
    problems = []
    for base in bases:
        for record in state["learners"]:
            learner = Learner(base, record["email"], record["cookies"])
            try:
                status, _, _ = learner.request("GET", "/learning/my-learning.xhtml")
                if status != 200 and sign_in:
                    # a single instance restarted: sessions are gone by design, answers must not be
                    learner.cookies.clear()
                    learner.form("/sign-in.xhtml", "sign-in", {
                        "sign-in:email": record["email"], "sign-in:password": PASSWORD, "sign-in:submit": "Sign in"})
                    status, _, _ = learner.request("GET", "/learning/my-learning.xhtml")
                if status != 200:
                    problems.append("%s via %s: signed out (my-learning answered %s)" % (record["email"], base, status))
                    continue
                status, _, text = learner.request("GET", "/learning/attempt.xhtml?id=" + record["attempt"])
                shown = shown_answers(text) if status == 200 else {}
                for position, value in record["confirmed"].items():
                    if shown.get(position) not in (value, record["uncertain"].get(position)):
                        problems.append("%s via %s: question %s shows %s, the server confirmed %s" % (
                            record["email"], base, position, shown.get(position), value))
            except Exception as e:
                problems.append("%s via %s: %s" % (record["email"], base, e))
            finally:
                learner.close()
    answers = sum(len(r["confirmed"]) for r in state["learners"])
    for problem in problems[:20]:
        print("  LOST: " + problem, file=sys.stderr)
    print("  %d learners, %d confirmed answers checked via %s: %d problems" % (
        len(state["learners"]), answers, ", ".join(bases), len(problems)))
    return 1 if problems or answers == 0 else 0


def cache_check(first, second, courses, admin, password):
    """A lesson title changed in the course files and imported on the first node shows on the second."""
    lesson = LESSONS[0]
    path = "/catalog/lesson.xhtml?course=%s&lesson=%s" % (COURSE, lesson)
    reader = Learner(second, "reader")
    status, _, before = reader.page(path)
    title = re.search(r"<h1[^>]*>([^<]+)</h1>", before)
    if status != 200 or not title:
        print("  the lesson page answered %s without a title" % status, file=sys.stderr)
        return 1
    old = html.unescape(title.group(1)).strip()
    new = "%s (revised %s)" % (old.split(" (revised")[0], uuid.uuid4().hex[:6])
    changed = []
    for folder, _, files in os.walk(courses):
        for name in files:
            if not name.endswith(".md"):
                continue
            file = os.path.join(folder, name)
            text = open(file, encoding="utf-8").read()
            if "\nid: %s\n" % lesson in text and "  en: %s\n" % old in text:
                open(file, "w", encoding="utf-8").write(text.replace("  en: %s\n" % old, "  en: %s\n" % new, 1))
                changed.append(file)
    if len(changed) != 1:
        print("  could not change the title %r of %s in %s" % (old, lesson, courses), file=sys.stderr)
        return 1
    administrator = Learner(first, admin)
    administrator.form("/sign-in.xhtml", "sign-in", {
        "sign-in:email": admin, "sign-in:password": password, "sign-in:submit": "Sign in"})
    status, landed, _ = administrator.form("/admin/courses.xhtml", "import", {"import:submit": "Import"})
    if status != 200 or "/admin/courses.xhtml" not in landed:
        print("  the import on the first node answered %s on %s" % (status, landed), file=sys.stderr)
        return 1
    status, _, mine = Learner(first, "reader").page(path)
    if new not in html.unescape(mine):
        print("  the first node does not show the imported title %r" % new, file=sys.stderr)
        return 1
    began = time.monotonic()
    while time.monotonic() - began < 30:
        status, _, after = reader.page(path)
        if new in html.unescape(after):
            print("  imported on %s, the new title showed on %s after %.1f s" % (first, second, time.monotonic() - began))
            return 0
        time.sleep(0.5)
    print("  STALE CACHE: %s still shows %r 30 s after %s imported %r" % (second, old, first, new), file=sys.stderr)
    return 1


def instant(text):
    """An xAPI timestamp ("2026-11-24T10:15:30.123Z", no fraction when it is .000) as a datetime."""
    return __import__("datetime").datetime.fromisoformat(text.replace("Z", "+00:00"))


def xapi_read(base, stop_file):
    """Reads like an LRS operator while the load runs; 0 when every statement came once, in order."""
    auth = "Basic " + __import__("base64").b64encode(
        ("%s:%s" % (os.environ["XAPI_KEY"], os.environ["XAPI_SECRET"])).encode()).decode()
    reader = Learner(base, "lrs")
    headers = {"Authorization": auth, "X-Experience-API-Version": "1.0.3", "Accept": "application/json"}

    def reading(since, ids, problems, newest):
        path = "/xapi/statements?ascending=true&limit=50" + ("&since=" + urllib.parse.quote(since) if since else "")
        while path:
            for attempt in range(5):   # the node behind the balancer may be the one being killed
                try:
                    status, _, text = reader.request("GET", path, headers=headers)
                    if status < 500:
                        break
                except Exception:
                    pass
                time.sleep(1)
            else:
                problems.append("%s failed five times" % path)
                return since, newest
            if status != 200:
                problems.append("%s answered %s: %s" % (path, status, text[:200]))
                return since, newest
            result = json.loads(text)
            for statement in result["statements"]:
                if newest is not None and instant(statement["stored"]) <= instant(newest):
                    problems.append("%s stored %s came after one stored %s" % (statement["id"], statement["stored"], newest))
                newest = statement["stored"]
                since = statement["stored"]
                ids.append(statement["id"])
            path = result["more"] or None
        return since, newest

    ids, problems, rounds = [], [], 0
    # from the latest statement stored before the load
    status, _, text = reader.request("GET", "/xapi/statements?limit=1", headers=headers)
    latest = json.loads(text)["statements"]
    start = latest[0]["stored"] if latest else None
    since, newest = start, start
    while True:
        last = os.path.exists(stop_file)
        since, newest = reading(since, ids, problems, newest)
        rounds += 1
        if last:
            break
        time.sleep(0.2)
    whole = []
    reading(start, whole, problems, start)
    seen = set()
    twice = [i for i in ids if i in seen or seen.add(i)]
    missed = [i for i in whole if i not in seen]
    print("  xAPI reader: %d rounds through the balancer, %d statements read, %d in the whole reading afterwards, "
          "%d twice, %d missed" % (rounds, len(ids), len(whole), len(twice), len(missed)))
    for problem in (problems + ["read twice: " + i for i in twice] + ["missed: " + i for i in missed])[:20]:
        print("  XAPI: " + problem, file=sys.stderr)
    return 1 if problems or twice or missed or ids != whole or not whole else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["setup", "load", "verify", "cache", "xapi"])
    parser.add_argument("--url", action="append", required=True, help="base URL (verify: may be repeated)")
    parser.add_argument("--state")
    parser.add_argument("--courses")
    parser.add_argument("--admin", nargs=2, metavar=("EMAIL", "PASSWORD"))
    parser.add_argument("--learners", type=int, default=20)
    parser.add_argument("--warm", type=float, default=10)
    parser.add_argument("--before", type=float, default=20)
    parser.add_argument("--after", type=float, default=25)
    parser.add_argument("--kill-pid", type=int)
    parser.add_argument("--sign-in", action="store_true", help="verify: sign in again when signed out")
    parser.add_argument("--stop", help="xapi: read until this file exists")
    args = parser.parse_args()
    if args.command == "setup":
        return set_up(args.url[0], args.learners, args.state)
    if args.command == "load":
        return load(args.url[0], args.state, args.warm, args.before, args.after, args.kill_pid)
    if args.command == "xapi":
        return xapi_read(args.url[0], args.stop)
    if args.command == "cache":
        return cache_check(args.url[0], args.url[1], args.courses, *args.admin)
    return verify(args.url, args.state, args.sign_in)


if __name__ == "__main__":
    sys.exit(main())
