#!/usr/bin/env python3
"""kill -9 at random points of a 2-million-ticket run (issue 16, RELIABILITY.md "Faults").

Generates a service export of 2 000 000 tickets (generate-sample --scale 100), and a second
version of it with one more ticket, under bench/data/kill/ (git-ignored). Two reference runs
give the exact bytes each version publishes for `run --period 2018 --jobs service` and how
long a run takes. Then, for each round, starts a run of the version not published, sleeps a
random time (seeded): in even rounds uniform over the whole run; in odd rounds uniform
over its writing phase (from the progress line "阶段 3/3" on, where it writes, fsyncs and
swaps the reports folder, to the measured end plus 10 %). Then it sends SIGKILL and checks:

  - <out>/2018 is absent (before the first publish), the old reports or the new ones, byte
    for byte — never a mix;
  - besides .lock and 2018, only staging folders of this round's run or the previous one
    exist (each run removes the dead runs' staging folders before it stages its own);

A quarter of the rounds start from an empty reports folder. At the end one more run must
publish and leave only .lock and 2018. Prints the counts by where the kill landed; exit
status 1 on any violation.

usage: scripts/kill-nine.py [--rounds 100] [--seed 16] [--bin .build/release]
"""
import argparse, hashlib, os, random, shutil, signal, subprocess, sys, threading, time

parser = argparse.ArgumentParser()
parser.add_argument("--rounds", type=int, default=100)
parser.add_argument("--seed", type=int, default=16)
parser.add_argument("--bin", default=None, help="folder with release township-reports and generate-sample")
parser.add_argument("--scale", default="100", help="generate-sample scale (100: 2 000 000 tickets)")
args = parser.parse_args()

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.chdir(repo)
if args.bin is None:
    subprocess.run(["swift", "build", "-c", "release", "--product", "township-reports"], check=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "generate-sample"], check=True)
    args.bin = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], check=True,
                              capture_output=True, text=True).stdout.strip()
tool = os.path.join(args.bin, "township-reports")
work = os.path.join(repo, "bench/data/kill")
reference = os.path.join(repo, "datasets/reference")
data_a, data_b, out = f"{work}/data-a", f"{work}/data-b", f"{work}/out"
folder = f"{out}/2018"

if not os.path.exists(f"{data_b}/service_tickets.csv"):
    os.makedirs(work, exist_ok=True)
    subprocess.run([os.path.join(args.bin, "generate-sample"), "--seed", "7", "--scale", args.scale, "--plain",
                    "--only", "service", "--out", data_a, "--reference", reference], check=True,
                   stdout=subprocess.DEVNULL)
    os.makedirs(data_b, exist_ok=True)
    shutil.copyfile(f"{data_a}/service_tickets.csv", f"{data_b}/service_tickets.csv")
    with open(f"{data_b}/service_tickets.csv", "rb") as f:
        f.seek(-200, 2)
        last = f.read().splitlines()[-1].decode("utf-8")
    fields = last.split(",")
    fields[0] = fields[0] + "X"   # a new ticket ID, otherwise the same ticket
    with open(f"{data_b}/service_tickets.csv", "a", encoding="utf-8") as f:
        f.write(",".join(fields) + "\n")


def command(data):
    return [tool, "run", "--period", "2018", "--jobs", "service", "--data", data, "--reference", reference,
            "--out", out, "--progress"]


def start(data):
    """Starts a run; returns the process and an Event set when its writing phase begins."""
    process = subprocess.Popen(command(data), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    writing = threading.Event()

    def watch():
        seen = b""
        while chunk := process.stderr.read1(4096):
            if "阶段 3/3".encode() in seen + chunk:
                writing.set()
            seen = (seen + chunk)[-16:]
        writing.set()  # ended (or was killed) without it

    threading.Thread(target=watch, daemon=True).start()
    return process, writing


def snapshot():
    if not os.path.isdir(folder):
        return None
    files = {}
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, folder)] = hashlib.sha256(f.read()).hexdigest()
    return files


def entries():
    return sorted(os.listdir(out)) if os.path.isdir(out) else []


shutil.rmtree(out, ignore_errors=True)
length = writing_length = float("inf")
reports = {}
for data in [data_a, data_b, data_a, data_b]:
    started = time.monotonic()
    process, writing = start(data)
    writing.wait()
    phase = time.monotonic()
    assert process.wait() == 0, f"reference run of {data} failed"
    length = min(length, time.monotonic() - started)
    writing_length = min(writing_length, time.monotonic() - phase)
    reports[data] = snapshot()
assert reports[data_a] != reports[data_b], "the two versions must publish different reports"
print(f"run length {length:.2f} s, writing phase {writing_length:.2f} s (shortest of 4); "
      f"{len(reports[data_a])} files published")

rng = random.Random(args.seed)
published = reports[data_b]
counts = {"before staging": 0, "while staging": 0, "after the swap": 0, "finished": 0}
failures = []
previous_pid = None
for round in range(args.rounds):
    if round % 4 == 0:
        shutil.rmtree(out, ignore_errors=True)
        published = None
    data = data_a if published != reports[data_a] else data_b
    target = reports[data]
    process, writing = start(data)
    if round % 2 == 0:
        delay = rng.uniform(0, length)
        time.sleep(delay)
    else:
        writing.wait()
        delay = rng.uniform(0, 1.1 * writing_length)
        time.sleep(delay)
        delay = -delay  # shown as "after the writing phase began"
    finished = process.poll() is not None
    try:
        os.kill(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()
    state = snapshot()
    debris = [e for e in entries() if e not in (".lock", "2018")]
    allowed = {f".staging-2018-{pid}" for pid in (process.pid, previous_pid) if pid}
    when = f"{delay:.3f} s after the start" if delay >= 0 else f"{-delay:.3f} s into writing"
    where = f"round {round}, kill {when}, entries {entries()}"
    if state != published and state != target:
        failures.append(f"{where}: the published folder is neither the old nor the new reports")
    if not set(debris) <= allowed:
        failures.append(f"{where}: unexpected entries {debris}")
    if finished:
        counts["finished"] += 1
        if state != target:
            failures.append(f"{where}: the run had finished but its reports are not published")
    elif state == target and target != published:
        counts["after the swap"] += 1
    elif debris:
        counts["while staging"] += 1
    else:
        counts["before staging"] += 1
    published = state
    previous_pid = process.pid

final = subprocess.run(command(data_a), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
if final.returncode != 0:
    failures.append(f"final run: exit {final.returncode}: {final.stderr.strip()}")
if entries() != [".lock", "2018"]:
    failures.append(f"final run left {entries()}")
if snapshot() != reports[data_a]:
    failures.append("final run: reports differ from the reference run")

print(f"{args.rounds} kills (seed {args.seed}): " + ", ".join(f"{k} {v}" for k, v in counts.items()))
for failure in failures:
    print("FAIL " + failure)
print("no failure" if not failures else f"{len(failures)} failures")
sys.exit(1 if failures else 0)
