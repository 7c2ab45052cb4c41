#!/usr/bin/env bash
# Bounded memory and time on garbage (issue 16, RELIABILITY.md "Memory"). Writes, under
# bench/data/garbage (not committed):
#   valid/    a valid service export of ~200 MB (generate-sample --scale 72)
#   garbage/  the same export's header followed by 200 MB of seeded random bytes
#   gb18030/  the GB18030 coal header followed by 200 MB of random bytes
# then runs `township-reports run --period 2018 --jobs …` on each in interleaved rounds
# (release build, /usr/bin/time) and prints the median wall time, peak RSS and the ratio
# garbage / valid. The garbage runs must exit 65 having stopped early.
#
# usage: bench/garbage.sh [--rounds N] [--megabytes M] [--bin DIR]
#   --bin  a folder holding release builds of township-reports and generate-sample (no build)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=5; megabytes=200; bin=
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift ;;
    --megabytes) megabytes=$2; shift ;;
    --bin) bin=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 64 ;;
  esac
  shift
done
work=bench/data/garbage
reference=datasets/reference
mkdir -p "$work"
if [ -z "$bin" ]; then
  echo "== build (release)"
  swift build -c release --product township-reports >/dev/null
  swift build -c release --product generate-sample >/dev/null
  bin=$(swift build -c release --show-bin-path)
fi

echo "== data (${megabytes} MB each)"
scale=$(( megabytes * 72 / 200 ))
for kind in valid garbage gb18030; do mkdir -p "$work/$kind"; done
if [ ! -s "$work/valid/service_tickets.csv" ]; then
  "$bin/generate-sample" --seed 7 --scale "$scale" --plain --only service --out "$work/valid" \
    --reference "$reference" >/dev/null
fi
python3 - "$work" "$megabytes" <<'PY'
import random, sys
work, mb = sys.argv[1], int(sys.argv[2])
def garbage(path, header, seed):
    rng = random.Random(seed)
    with open(path, 'wb') as f:
        f.write(header)
        for _ in range(mb):
            f.write(rng.randbytes(1_000_000))
with open('datasets/sample/service_tickets.csv', 'rb') as f: service = f.readline()
with open('datasets/sample/coal_deliveries.csv', 'rb') as f: coal = f.readline()
garbage(f'{work}/garbage/service_tickets.csv', service, 16)
garbage(f'{work}/gb18030/coal_deliveries.csv', coal, 18030)
PY

measure() {  # kind jobs expected-exit → "seconds kilobytes"
  local kind=$1 jobs=$2 expected=$3 out=$work/out-$1
  rm -rf "$out"
  set +e
  /usr/bin/time -f "%e %M" -o "$work/time" "$bin/township-reports" run --period 2018 --jobs "$jobs" \
    --data "$work/$kind" --out "$out" --reference "$reference" >/dev/null 2>"$work/stderr-$kind"
  local status=$?
  set -e
  if [ "$status" != "$expected" ]; then
    echo "$kind: exit $status, expected $expected" >&2; cat "$work/stderr-$kind" >&2; exit 1
  fi
  if [ "$expected" = 65 ] && ! grep -q "提前停止" "$work/stderr-$kind"; then
    echo "$kind: did not stop early" >&2; cat "$work/stderr-$kind" >&2; exit 1
  fi
  tail -1 "$work/time"
}

echo "== $rounds interleaved rounds"
: > "$work/rounds"
for round in $(seq "$rounds"); do
  echo "valid $(measure valid service 0)" >> "$work/rounds"
  echo "garbage $(measure garbage service 65)" >> "$work/rounds"
  echo "gb18030 $(measure gb18030 coal 65)" >> "$work/rounds"
done
python3 - "$work/rounds" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    kind, seconds, kb = line.split()
    runs.setdefault(kind, []).append((float(seconds), int(kb)))
median = {k: (statistics.median(s for s, _ in v), max(kb for _, kb in v) / 1024) for k, v in runs.items()}
for kind, (seconds, mib) in median.items():
    print(f"{kind:8} median {seconds:6.2f} s   peak RSS {mib:6.1f} MiB   ({len(runs[kind])} runs)")
print(f"garbage / valid (service, same size): {median['garbage'][0] / median['valid'][0]:.2f}")
PY
head -1 "$work/stderr-garbage"
