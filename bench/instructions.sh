#!/usr/bin/env bash
# Instruction counts of the service run (valgrind callgrind, all threads), repeatable on a
# noisy machine where wall times are not: the figure BENCHMARKS.md uses to measure each
# change. The SHA-256 is shown apart (under valgrind BoringSSL takes its AVX path, not the
# SHA extensions the real run uses, so its count is far above its real share).
#
# usage: bench/instructions.sh [BINARY...]   (default: the release township-reports)
#   200 600 tickets (generate-sample --seed 7 --scale 10 --plain --only service), --period 2018
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install -y valgrind)" >&2; exit 1; }
data=bench/data/medium
mkdir -p bench/.bin "$data"
if [ $# -eq 0 ]; then
  swift build -c release --product township-reports >/dev/null
  set -- "$(swift build -c release --show-bin-path)/township-reports"
fi
if [ ! -f "$data/service_tickets.csv" ]; then
  swift build -c release --product generate-sample >/dev/null
  "$(swift build -c release --show-bin-path)/generate-sample" --seed 7 --scale 10 --plain --only service --out "$data" >/dev/null
fi
for binary in "$@"; do
  # valgrind 3.19 cannot read the Swift binaries' debug information: count a stripped copy.
  stripped=bench/.bin/$(basename "$binary")-stripped
  strip -g -o "$stripped" "$binary"
  out=$(mktemp -d)
  valgrind --tool=callgrind --dump-instr=no --callgrind-out-file="$out/callgrind.out" \
    "$stripped" run --period 2018 --jobs service --data "$data" --out "$out/reports" >/dev/null 2>"$out/valgrind.log"
  total=$(awk '/^summary:/ { print $2 }' "$out/callgrind.out")
  sha=$(callgrind_annotate "$out/callgrind.out" 2>/dev/null | awk '/sha256_block/ { gsub(",", "", $1); s += $1 } END { print s + 0 }')
  printf '%s: %d instructions, %d without SHA-256\n' "$binary" "$total" "$((total - sha))"
  rm -rf "$out"
done
