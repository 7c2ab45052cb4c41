#!/usr/bin/env bash
# The benchmark (BENCHMARKS.md). Generates exports at scale in two shapes, then runs every
# peer in interleaved rounds, each timed with /usr/bin/time (wall seconds, peak RSS):
#   ours-service / ours-coal   township-reports run --period YEAR --jobs service|coal (release)
#   csv-count                  the project's reader alone over the ticket file
#   libcsv-count               libcsv in C, count-only: the parser's ceiling
#   duckdb-count               DuckDB, 2 threads: read_csv + GROUP BY 部门 with five counts
#   duckdb-service             DuckDB, 2 threads: every column of the service department and
#                              township reports (bench/duckdb_full.py --jobs service)
#   duckdb-coal                DuckDB, 2 threads: every column of the coal township ranking
#                              and subsidy households (bench/duckdb_full.py --jobs coal)
# and prints medians, MB/s, rows/s, peak RSS and ratios per shape, then checks that our
# reports and DuckDB's agree on every cell (bench/agree.py): a disagreement fails the run.
#
# Shapes (generate-sample --plain, so that the SQL peers read the files without cleaning):
#   standard     the generator's own: UTF-8 with BOM, HH:MM, whole-minute waits, 78 items, 14 halls
#   hidden-like  --shape hidden-like --dialect excel-form over a 60-item catalogue: no BOM,
#                HH:MM:SS, decimal waits, 12 halls, ~5% of tickets open at year end and ~3%
#                overdue, title rows / 序号 / trailing empty columns / 合计 rows in every export
#
# usage: bench/run.sh [--small] [--debug] [--rounds N] [--no-duckdb] [--shapes LIST] [--bin DIR] [--generate-only]
#   --small   ~40 000 tickets: seconds, not minutes (CI's regression guard; no time threshold)
#   --debug   use the debug build `swift test` already made instead of building release
#             (CI: the figures then only show that the benchmark and its agreement check run)
#   --shapes  comma-separated, default standard,hidden-like
#   --bin DIR use the binaries already built in DIR (no build step)
#   --generate-only  generate the data and stop
set -euo pipefail
cd "$(dirname "$0")/.."
size=full; rounds=5; duckdb=yes; configuration=release; shapes=standard,hidden-like; bin=; generate_only=no
while [ $# -gt 0 ]; do
  case "$1" in
    --small) size=small; rounds=3 ;;
    --rounds) rounds=$2; shift ;;
    --no-duckdb) duckdb=no ;;
    --debug) configuration=debug ;;
    --shapes) shapes=$2; shift ;;
    --bin) bin=$2; shift ;;
    --generate-only) generate_only=yes ;;
    *) echo "unknown option $1" >&2; exit 64 ;;
  esac
  shift
done
if [ "$size" = full ]; then service_scale=100; coal_scale=48; else service_scale=2; coal_scale=1; fi
year=2018
mkdir -p bench/.bin

if [ -z "$bin" ]; then
  echo "== build ($configuration)"
  for product in township-reports generate-sample csv-count; do
    swift build -c "$configuration" --product "$product" >/dev/null
  done
  bin=$(swift build -c "$configuration" --show-bin-path)
fi
gcc -O2 -o bench/.bin/libcsv_count bench/libcsv_count.c -lcsv

# generate SHAPE: bench/data/SIZE/SHAPE/{data,reference}, once.
generate() {
  local shape=$1 work=bench/data/$size/$1
  [ -f "$work/.generated" ] && return
  rm -rf "$work" && mkdir -p "$work"
  cp -r datasets/reference "$work/reference"
  local options=(--seed 7 --plain --reference "$work/reference")
  if [ "$shape" = hidden-like ]; then
    head -61 datasets/reference/service_items.csv > "$work/reference/service_items.csv"   # 60 items
    options+=(--shape hidden-like --dialect excel-form)
  fi
  echo "== generate $shape ($size: service scale $service_scale, coal scale $coal_scale)"
  "$bin/generate-sample" "${options[@]}" --scale "$service_scale" --only service --out "$work/service" >/dev/null
  "$bin/generate-sample" "${options[@]}" --scale "$coal_scale" --only coal --out "$work/coal" >/dev/null
  mkdir -p "$work/data" && mv "$work"/service/*.csv "$work"/coal/*.csv "$work/data/" && rm -rf "$work/service" "$work/coal"
  touch "$work/.generated"
}
IFS=, read -r -a shape_list <<< "$shapes"
for shape in "${shape_list[@]}"; do
  generate "$shape"
  ls -l "bench/data/$size/$shape/data"/*.csv | awk -v s="$shape" '{ printf "   %-12s %-24s %12d bytes\n", s, $NF, $5 }' | sed "s|bench/data/$size/$shape/data/||"
done
[ "$generate_only" = yes ] && exit 0

if [ "$duckdb" = yes ]; then
  if [ ! -x bench/.venv/bin/python ] || ! bench/.venv/bin/python -c 'import duckdb' 2>/dev/null; then
    echo "== install DuckDB into bench/.venv (benchmark only)"
    { python3 -m venv bench/.venv && bench/.venv/bin/pip install -q duckdb; } >/dev/null 2>&1 \
      || { echo "   DuckDB could not be installed: its peers are skipped"; duckdb=no; }
  fi
fi

peers=(ours-service ours-coal csv-count libcsv-count)
[ "$duckdb" = yes ] && peers+=(duckdb-count duckdb-service duckdb-coal)
command_of() {
  local shape=$1 peer=$2 work=bench/data/$size/$1
  local data=$work/data reference=$work/reference out=$work/results/out-$2
  case "$peer" in
    ours-service)   echo "$bin/township-reports run --period $year --jobs service --data $data --reference $reference --out $out" ;;
    ours-coal)      echo "$bin/township-reports run --period $year --jobs coal --data $data --reference $reference --out $out" ;;
    csv-count)      echo "$bin/csv-count $data/service_tickets.csv" ;;
    libcsv-count)   echo "bench/.bin/libcsv_count $data/service_tickets.csv" ;;
    duckdb-count)   echo "bench/.venv/bin/python bench/duckdb_service.py $data $reference $year 2 $out" ;;
    duckdb-service) echo "bench/.venv/bin/python bench/duckdb_full.py $data $reference $year 2 $out --jobs service" ;;
    duckdb-coal)    echo "bench/.venv/bin/python bench/duckdb_full.py $data $reference $year 2 $out --jobs coal" ;;
  esac
}

echo "== $rounds interleaved rounds"
for shape in "${shape_list[@]}"; do
  mkdir -p "bench/data/$size/$shape/results" && : > "bench/data/$size/$shape/results/timings.tsv"
done
for round in $(seq 1 "$rounds"); do
  for shape in "${shape_list[@]}"; do
    results=bench/data/$size/$shape/results
    for peer in "${peers[@]}"; do
      rm -rf "$results/out-$peer"
      /usr/bin/time -f "%e %M" -o "$results/time.txt" $(command_of "$shape" "$peer") >/dev/null 2>"$results/stderr.txt" \
        || { echo "   $shape $peer failed:"; cat "$results/stderr.txt"; exit 1; }
      printf '%s\t%s\t%s\n' "$round" "$peer" "$(cat "$results/time.txt")" >> "$results/timings.tsv"
    done
  done
  echo "   round $round done"
done

status=0
for shape in "${shape_list[@]}"; do
  work=bench/data/$size/$shape
  echo "== $shape ($configuration build)"
  python3 bench/summarize.py "$work/results" "$work/data"
  if [ "$duckdb" = yes ]; then
    echo "-- agreement, every cell ($shape)"
    # DuckDB's service and coal outputs were written by separate peers into separate folders.
    agreed=$work/results/duckdb-all && rm -rf "$agreed" && mkdir -p "$agreed/service" "$agreed/coal"
    cp "$work/results/out-duckdb-service/duckdb/service/"*.csv "$agreed/service/"
    cp "$work/results/out-duckdb-coal/duckdb/coal/"*.csv "$agreed/coal/"
    mkdir -p "$work/results/ours-all/$year"
    cp -r "$work/results/out-ours-service/$year/service" "$work/results/out-ours-coal/$year/coal" "$work/results/ours-all/$year/"
    python3 bench/agree.py "$work/results/ours-all/$year" "$agreed" || status=1
    # The check itself can fail: one cell changed in a copy of ours must be named.
    tampered=$work/results/tampered && rm -rf "$tampered" && cp -r "$work/results/ours-all/$year" "$tampered"
    sed -i '2s/,[0-9][0-9]*,/,999999,/' "$tampered/service/department_indicators.csv"
    if python3 bench/agree.py "$tampered" "$agreed" >/dev/null; then
      echo "   agree.py did not notice a changed cell"; status=1
    else
      echo "   agree.py names a changed cell (self-check)"
    fi
    python3 bench/count_agreement.py "$work/results/out-ours-service/$year/service" "$work/results/out-duckdb-count" || status=1
  fi
done
exit $status
