#!/usr/bin/env bash
# The benchmark (BENCHMARKS.md). Generates exports at scale, then runs in interleaved
# rounds, each timed with /usr/bin/time (wall seconds, peak RSS):
#   ours-service / ours-coal / ours-all   township-reports run --period YEAR (release build)
#   csv-count                             the project's reader alone over the ticket file
#   libcsv-count                          libcsv in C, count-only: the parser's ceiling
#   duckdb-1t / duckdb-2t                 DuckDB (PyPI, throwaway venv) computing the same
#                                         per-department and per-township service counts
# and prints medians, MB/s, rows/s, peak RSS and ratios, then checks that our counts and
# DuckDB's agree exactly.
#
# usage: bench/run.sh [--small] [--debug] [--rounds N] [--no-duckdb]
#   --small   ~40 000 tickets: seconds, not minutes (CI's regression guard; no time threshold)
#   --debug   use the debug build `swift test` already made instead of building release
#             (CI: the figures then only show that the benchmark and its agreement check run)
set -euo pipefail
cd "$(dirname "$0")/.."
size=full; rounds=5; duckdb=yes; configuration=release
while [ $# -gt 0 ]; do
  case "$1" in
    --small) size=small; rounds=3 ;;
    --rounds) rounds=$2; shift ;;
    --no-duckdb) duckdb=no ;;
    --debug) configuration=debug ;;
    *) echo "unknown option $1" >&2; exit 64 ;;
  esac
  shift
done
if [ "$size" = full ]; then service_scale=100; coal_scale=48; else service_scale=2; coal_scale=1; fi
year=2018
work=bench/data/$size
results=$work/results
mkdir -p "$work" "$results" bench/.bin

echo "== build ($configuration)"
for product in township-reports generate-sample csv-count; do
  swift build -c "$configuration" --product "$product" >/dev/null
done
bin=$(swift build -c "$configuration" --show-bin-path)
gcc -O2 -o bench/.bin/libcsv_count bench/libcsv_count.c -lcsv

if [ ! -f "$work/.generated" ]; then
  echo "== generate ($size: service scale $service_scale, coal and food scale $coal_scale)"
  "$bin/generate-sample" --seed 7 --scale "$service_scale" --plain --only service --out "$work/data" >/dev/null
  "$bin/generate-sample" --seed 7 --scale "$coal_scale" --plain --only coal,food --out "$work/coal-food" >/dev/null
  mv "$work"/coal-food/*.csv "$work/data/" && rm -rf "$work/coal-food"
  touch "$work/.generated"
fi
ls -l "$work/data"/*.csv | awk '{ printf "   %-24s %12d bytes\n", $NF, $5 }' | sed "s|$work/data/||"

if [ "$duckdb" = yes ]; then
  if [ ! -x bench/.venv/bin/python ] || ! bench/.venv/bin/python -c 'import duckdb' 2>/dev/null; then
    echo "== install DuckDB into bench/.venv (benchmark only)"
    { python3 -m venv bench/.venv && bench/.venv/bin/pip install -q duckdb; } >/dev/null 2>&1 \
      || { echo "   DuckDB could not be installed: its peer is skipped"; duckdb=no; }
  fi
fi

peers=(ours-service ours-coal ours-all csv-count libcsv-count)
[ "$duckdb" = yes ] && peers+=(duckdb-1t duckdb-2t)
command_of() {
  local out=$results/out-$1
  case "$1" in
    ours-service) echo "$bin/township-reports run --period $year --jobs service --data $work/data --out $out" ;;
    ours-coal)    echo "$bin/township-reports run --period $year --jobs coal --data $work/data --out $out" ;;
    ours-all)     echo "$bin/township-reports run --period $year --data $work/data --out $out" ;;
    csv-count)    echo "$bin/csv-count $work/data/service_tickets.csv" ;;
    libcsv-count) echo "bench/.bin/libcsv_count $work/data/service_tickets.csv" ;;
    duckdb-1t)    echo "bench/.venv/bin/python bench/duckdb_service.py $work/data datasets/reference $year 1 $results" ;;
    duckdb-2t)    echo "bench/.venv/bin/python bench/duckdb_service.py $work/data datasets/reference $year 2 $results" ;;
  esac
}

echo "== $rounds interleaved rounds"
: > "$results/timings.tsv"
for round in $(seq 1 "$rounds"); do
  for peer in "${peers[@]}"; do
    rm -rf "$results/out-$peer"
    /usr/bin/time -f "%e %M" -o "$results/time.txt" $(command_of "$peer") >/dev/null 2>"$results/stderr.txt" \
      || { echo "   $peer failed:"; cat "$results/stderr.txt"; exit 1; }
    printf '%s\t%s\t%s\n' "$round" "$peer" "$(cat "$results/time.txt")" >> "$results/timings.tsv"
  done
  echo "   round $round done"
done

echo "== figures ($configuration build)"
python3 bench/summarize.py "$results" "$work/data" "$year"
