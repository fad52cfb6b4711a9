#!/usr/bin/env python3
"""make bench: smtp-wizard-cli and the wizard beside their peers, side by side in one run.

    bench.py <build-dir> <testbed-state-dir> <docs/benchmarks.md>

Every case of a group runs once per round, the rounds alternate the cases (so a busy moment
of the machine hits them all), and the figures are medians over BENCH_RUNS rounds (15).
Wall time is from fork to the child's exit, peak RSS is the child's own (wait4's rusage).
Each goal of issue 13 is printed with the measured figure, its peer, the ratio and met or
missed. A case that fails (unexpected exit code) or a micro-benchmark that fails makes the
run fail; a missed goal does not.
"""
import datetime
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = int(os.environ.get("BENCH_RUNS", "15"))


def load_env(state):
    env = {}
    with open(os.path.join(state, "testbed.env")) as f:
        for line in f:
            m = re.match(r"^(?:export )?(SMTPWIZARD_TB_\w+)=(.*)$", line.strip())
            if m:
                env[m.group(1)[len("SMTPWIZARD_TB_"):]] = shlex.split(m.group(2))[0] if m.group(2) else ""
    return env


class Case:
    def __init__(self, name, argv, stdin=None, env=None, expect=0):
        self.name, self.argv, self.stdin, self.env, self.expect = name, argv, stdin, env, expect
        self.wall, self.rss = [], []

    def run_once(self):
        start = time.perf_counter()
        proc = subprocess.Popen(self.argv, stdin=subprocess.PIPE if self.stdin else subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=self.env)
        err = b""
        if self.stdin:
            proc.stdin.write(self.stdin)
            proc.stdin.close()
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != self.expect:
            raise RuntimeError("%s: exit code %d, expected %d: %s" % (
                self.name, proc.returncode, self.expect, err.decode(errors="replace")[-800:]))
        self.wall.append(wall)
        self.rss.append(usage.ru_maxrss / 1024.0)  # KiB -> MiB

    def ms(self):
        return statistics.median(self.wall) * 1000.0

    def mib(self):
        return statistics.median(self.rss)


def alternate(cases, runs=RUNS):
    for case in cases:  # one warm-up each: page cache, Postfix's first smtpd
        case.run_once()
        case.wall.clear()
        case.rss.clear()
    for _ in range(runs):
        for case in cases:
            case.run_once()


def qbenchmark(binary):
    out = subprocess.run([binary], capture_output=True, text=True, timeout=300,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if out.returncode != 0:
        raise RuntimeError("%s failed:\n%s%s" % (binary, out.stdout, out.stderr))
    rows = []
    for m in re.finditer(r'RESULT : \w+::(\w+)\(\):"([^"]+)":\s*\n\s*([0-9.]+) (\w+) per iteration', out.stdout):
        rows.append((m.group(1), m.group(2), float(m.group(3)), m.group(4)))
    if not rows:
        raise RuntimeError("%s printed no result:\n%s" % (binary, out.stdout))
    return rows


def machine():
    model = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) / 1024 / 1024
    debian = open("/etc/debian_version").read().strip() if os.path.exists("/etc/debian_version") else "?"
    qt = subprocess.run(["qtpaths6", "--qt-version"], capture_output=True, text=True).stdout.strip() or "?"
    return "%s, %d cores, %.0f GiB, Linux %s, Debian %s, Qt %s" % (
        model, os.cpu_count(), mem, platform.release(), debian, qt)


def main():
    build, state, doc = sys.argv[1:4]
    tb = load_env(state)
    cli = os.path.join(build, "smtp-wizard-cli")
    wizard = os.path.join(build, "smtp-wizard")
    peers = os.path.join(build, "tests", "bench")
    home = tempfile.mkdtemp(prefix="smtpwizard-bench-")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home + "/.config", XDG_DATA_HOME=home + "/.local/share",
               XDG_RUNTIME_DIR=home, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", LANG="C.UTF-8")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    zone, mail, user, password = tb["ZONE"], tb["MAIL_ADDR"], tb["USER"], tb["PASSWORD"]
    to, sender, ehlo = "alice@" + zone, "sender@" + zone, "client." + zone
    smtp, sub = tb["SMTP_PORT"], tb["SUBMISSION_PORT"]
    smtp_source = "/usr/sbin/smtp-source"

    plain = [
        Case("smtp-wizard-cli", [cli, "--server", "%s:%s" % (mail, smtp), "--security", "none", "--from", sender,
                                 "--to", to, "--ehlo", ehlo, "--no-color"], env=env),
        Case("swaks", ["swaks", "--server", mail, "--port", smtp, "--from", sender, "--to", to, "--helo", ehlo,
                       "--silent", "2"], env=env),
        Case("smtp-source", [smtp_source, "-m", "1", "-f", sender, "-t", to, "-M", ehlo, "%s:%s" % (mail, smtp)],
             env=env),
    ]
    tls = [
        Case("smtp-wizard-cli", [cli, "--server", "%s:%s" % (mail, sub), "--security", "starttls-required",
                                 "--ca-file", tb["CA_FILE"], "--auth", "plain", "--user", user, "--password-stdin",
                                 "--from", user, "--to", to, "--ehlo", ehlo, "--no-color"],
             stdin=(password + "\n").encode(), env=env),
        Case("swaks", ["swaks", "--server", mail, "--port", sub, "--tls", "--auth", "PLAIN", "--auth-user", user,
                       "--auth-password", password, "--from", user, "--to", to, "--helo", ehlo, "--silent", "2"],
             env=env),
    ]
    start = [
        Case("smtp-wizard-cli --version", [cli, "--version"], env=env),
        Case("smtp-wizard-cli --explain", [cli, "--no-color", "--explain",
                                           "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown"],
             env=env),
        Case("minimal Qt Core+Network", [os.path.join(peers, "bench_minimal_core")], env=env),
    ]
    gui_env = dict(env, SMTPWIZARD_QUIT_WHEN_SHOWN="1")
    gui = [
        Case("smtp-wizard to first page", [wizard], env=gui_env),
        Case("minimal Qt Widgets", [os.path.join(peers, "bench_minimal_widgets")], env=gui_env),
    ]
    slow = ["--port", tb["SLOWMX_PORT"], "--dns-server", tb["DNS"], "--from", sender, "--to",
            "alice@slowmx." + zone, "--security", "none", "--ehlo", ehlo, "-4", "--no-color", "--all-mx"]
    allmx = [
        Case("--all-mx, 4 MX greeting after 2 s", [cli, "--domain", "slowmx." + zone] + slow, env=env),
        Case("--all-mx, 1 MX greeting after 2 s", [cli, "--domain", "slowone." + zone] + slow, env=env),
    ]
    started = time.time()
    groups = [("plain delivery", plain), ("STARTTLS + AUTH PLAIN delivery", tls), ("start-up", start),
              ("GUI start-up", gui), ("--all-mx", allmx)]
    for title, cases in groups:
        print("bench: %s (%d rounds, alternating)..." % (title, RUNS), flush=True)
        alternate(cases)
    micro = qbenchmark(os.path.join(peers, "bench_replyreader")) + qbenchmark(os.path.join(peers, "bench_catalog"))
    elapsed = time.time() - started

    def ratio(a, b):
        return a.ms() / b.ms()

    goals = [
        ("plain delivery <= 0.5x swaks", "%.1f ms" % plain[0].ms(), "swaks %.1f ms" % plain[1].ms(),
         ratio(plain[0], plain[1]), 0.5),
        ("plain delivery <= 2x smtp-source", "%.1f ms" % plain[0].ms(), "smtp-source %.1f ms" % plain[2].ms(),
         ratio(plain[0], plain[2]), 2.0),
        ("STARTTLS+AUTH delivery <= 0.5x swaks", "%.1f ms" % tls[0].ms(), "swaks %.1f ms" % tls[1].ms(),
         ratio(tls[0], tls[1]), 0.5),
        ("peak RSS plain run <= 16 MiB", "%.1f MiB" % plain[0].mib(), "16 MiB", plain[0].mib() / 16.0, 1.0),
        ("--all-mx 4 slow MX <= 1.2x one", "%.0f ms" % allmx[0].ms(), "one MX %.0f ms" % allmx[1].ms(),
         ratio(allmx[0], allmx[1]), 1.2),
        ("GUI start <= 1.3x minimal widgets", "%.1f ms" % gui[0].ms(), "minimal %.1f ms" % gui[1].ms(),
         ratio(gui[0], gui[1]), 1.3),
        ("--explain one line < 30 ms", "%.1f ms" % start[1].ms(), "30 ms", start[1].ms() / 30.0, 1.0),
    ]
    lines = []
    lines.append("| goal | measured | peer | ratio | |")
    lines.append("|---|---|---|---|---|")
    for name, measured, peer, r, limit in goals:
        met = r < limit if name.startswith("--explain") else r <= limit
        lines.append("| %s | %s | %s | %.2f | %s |" % (name, measured, peer, r, "met" if met else "missed"))
    figures = ["| case | wall (median) | peak RSS (median) |", "|---|---|---|"]
    for title, cases in groups:
        for case in cases:
            figures.append("| %s: %s | %.1f ms | %.1f MiB |" % (title, case.name, case.ms(), case.mib()))
    micro_lines = ["| micro-benchmark | row | per iteration |", "|---|---|---|"]
    for function, row, value, unit in micro:
        micro_lines.append("| %s | %s | %.4g %s |" % (function, row, value, unit))

    print()
    print("\n".join(lines))
    print()
    print("\n".join(figures))
    print()
    print("\n".join(micro_lines))
    print("\nbench: %d rounds per case, %.0f s" % (RUNS, elapsed))
    write_doc(doc, lines, figures, micro_lines, elapsed)
    print("bench: wrote %s" % doc)


def tree():
    here = os.path.dirname(os.path.abspath(__file__))
    out = subprocess.run(["git", "-C", here, "describe", "--always", "--dirty"], capture_output=True, text=True)
    return "`%s`" % out.stdout.strip() if out.returncode == 0 else "an unknown commit (no git)"


def write_doc(path, goals, figures, micro, elapsed):
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    text = """# Benchmarks

Written by `make bench` (tests/bench/run.sh and bench.py) on %(now)s from the tree at
%(tree)s; rerun it to refresh this file. Timing is never asserted in `make test`: these figures live here only.

## Method
- One run measures every case side by side against the same test bed (tests/testbed, an
  instance of its own, `BENCH_TB_INSTANCE`, default 28): Postfix on loopback for deliveries,
  four smtp-sink exchangers that greet after 2 s for `--all-mx` (`slowmx.<zone>`, and
  `slowone.<zone>` with only the first of them).
- Cases of a group alternate round by round (%(runs)d rounds after one warm-up each), and every
  figure is the median. Wall time runs from fork to the child's exit; peak RSS is the child's
  own maximum resident set (wait4's rusage).
- Peers: swaks and Postfix's smtp-source (installed by `make bench`) for deliveries; a
  minimal Qt Core+Network program and a minimal Qt Widgets program built in the same tree
  (tests/bench/minimal_*.cpp) for start-up. The wizard and the minimal Widgets program run
  on the offscreen platform and quit when their first window is painted
  (`SMTPWIZARD_QUIT_WHEN_SHOWN`). Every program gets a fresh private home.
- Micro-benchmarks: QBENCHMARK (wall time) of the reply reader and the catalogue
  (tests/bench/bench_*.cpp).

## Machine
%(machine)s; a shared machine (other builds may run beside it), so compare figures of
one run with each other rather than across runs.

## Goals (issue 13)
%(goals)s

## Every case
%(figures)s

## Micro-benchmarks
%(micro)s

The whole run took %(elapsed).0f s.

## How to rerun
`make bench` (installs swaks and smtp-source when missing, builds the programs, starts and
stops its own test bed). `BENCH_RUNS=31 make bench` for more rounds; `BENCH_TB_INSTANCE=N`
when instance 28 is taken.
""" % {"now": now, "runs": RUNS, "machine": machine(), "goals": "\n".join(goals),
       "figures": "\n".join(figures), "tree": tree(), "micro": "\n".join(micro), "elapsed": elapsed}
    findings = os.path.join(os.path.dirname(os.path.abspath(__file__)), "findings.md")
    if os.path.exists(findings):  # kept by hand: what a profile showed behind a missed goal
        text += "\n" + open(findings).read()
    with open(path, "w") as f:
        f.write(text)


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # a failing case fails make bench
        print("bench: FAILED: %s" % error, file=sys.stderr)
        sys.exit(1)
