#!/usr/bin/env bash
# Growth (BENCHMARKS.md): the service job at 200 k, 2 M and 20 M tickets (about 2.8 GB) and
# the coal job at about 100 k, 1 M and 5 M deliveries, standard shape (generate-sample --plain),
# release build, `run --period 2018 --jobs service|coal`. Rounds are interleaved across sizes;
# prints per size the median wall time, rows per second and the median peak RSS, so that time
# can be seen to grow linearly and memory to stay flat. Generated data stays in bench/data/growth
# (never committed); it needs about 4 GB of disk.
#
# usage: bench/growth.sh [--bin DIR] [--rounds N] [--jobs service,coal]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=; rounds=3; jobs=service,coal
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin=$2; shift ;;
    --rounds) rounds=$2; shift ;;
    --jobs) jobs=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 64 ;;
  esac
  shift
done
if [ -z "$bin" ]; then
  swift build -c release --product township-reports >/dev/null
  swift build -c release --product generate-sample >/dev/null
  bin=$(swift build -c release --show-bin-path)
fi
work=bench/data/growth
declare -A scales=([service]="10 100 1000" [coal]="5 48 240")
IFS=, read -r -a job_list <<< "$jobs"
for job in "${job_list[@]}"; do
  for scale in ${scales[$job]}; do
    dir=$work/$job-$scale
    [ -f "$dir/.generated" ] && continue
    echo "== generate $job at scale $scale"
    rm -rf "$dir" && "$bin/generate-sample" --seed 7 --scale "$scale" --plain --only "$job" --out "$dir" >/dev/null 2>&1
    touch "$dir/.generated"
  done
done
results=$work/results && mkdir -p "$results" && : > "$results/timings.tsv"
for round in $(seq 1 "$rounds"); do
  for job in "${job_list[@]}"; do
    for scale in ${scales[$job]}; do
      rm -rf "$results/out"
      /usr/bin/time -f "%e %M" -o "$results/time.txt" "$bin/township-reports" run --period 2018 --jobs "$job" \
        --data "$work/$job-$scale" --out "$results/out" >/dev/null 2>"$results/stderr.txt" \
        || { echo "   $job $scale failed:"; cat "$results/stderr.txt"; exit 1; }
      printf '%s\t%s\t%s\t%s\n' "$round" "$job" "$scale" "$(cat "$results/time.txt")" >> "$results/timings.tsv"
    done
  done
  echo "   round $round done"
done
rm -rf "$results/out"
python3 - "$results/timings.tsv" "$work" <<'EOF'
import os, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    _, job, scale, times = line.rstrip("\n").split("\t")
    seconds, kib = times.split()
    runs.setdefault((job, scale), []).append((float(seconds), int(kib)))
files = {"service": ["service_tickets.csv"], "coal": ["coal_deliveries.csv", "stove_installs.csv", "coal_quality.csv"]}
print(f"\n{'job':<8} {'rows':>11} {'MB':>8} {'median s':>9} {'rows/s':>10} {'peak RSS MiB':>13}   (runs: s)")
for (job, scale), values in runs.items():
    paths = [os.path.join(sys.argv[2], f"{job}-{scale}", n) for n in files[job]]
    rows = sum(sum(1 for _ in open(p, "rb")) - 1 for p in paths)
    size = sum(os.path.getsize(p) for p in paths) / 1e6
    seconds = statistics.median(v[0] for v in values)
    rss = statistics.median(v[1] for v in values) / 1024
    print(f"{job:<8} {rows:>11} {size:>8.0f} {seconds:>9.2f} {rows / seconds:>10.0f} {rss:>13.1f}   "
          + " ".join(f"{v[0]:.2f}" for v in values))
EOF
