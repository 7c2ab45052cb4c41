#!/usr/bin/env bash
# Builds the libFuzzer harnesses and fuzzes each for a bounded time, one after the other:
#   fuzz-reader  the CSV reader and the value parsers (seeds: corpus/, dictionary: csv.dict)
#   fuzz-rows    whole-file row parsing (InputTable) into the service and coal jobs' compute
#                and render (seeds: corpus-rows/)
#
#   Fuzz/run.sh [seconds] [target|all] [extra libFuzzer flags…]   default 300 seconds, all targets
#   Fuzz/run.sh 900 fuzz-rows                                     one target for 15 minutes
#   Fuzz/run.sh 600 all -len_control=0                            flags go to every target
#   Fuzz/.build/release/fuzz-reader FILE…                          replay inputs (a crash file, say)
#   FUZZ_ROWS_VERBOSE=1 Fuzz/.build/release/fuzz-rows FILE…        replay, printing what each reached
#
# `seconds` is per target. Build: Swift code with -sanitize=fuzzer,address (swiftc 6.3 on
# Linux refuses -sanitize=undefined); C code (the main package's CFieldSink and CUTF8Blocks,
# the dependencies' C, CFuzzDriver) with -fsanitize=undefined -fno-sanitize-recover=undefined
# through -Xcc; the UBSan handlers come with the AddressSanitizer runtime. libcsv is Debian's
# prebuilt library: not instrumented.
# What the fuzzers learn goes to .work/corpus/<target>/ and any crash, leak, timeout or
# out-of-memory input to .work/artifacts/<target>/ (both ignored by git). Every artifact
# found becomes a regression test (Tests/CSVReaderTests, Tests/ReportCoreTests,
# Tests/ReportInputsTests…). Not run in CI (it needs time and the sanitizers); see RELIABILITY.md.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-300}
shift || true
target=${1:-all}
case "$target" in
  all|fuzz-reader|fuzz-rows) shift || true ;;
  -*) target=all ;;  # flags straight after the seconds, as before
  *) echo "usage: $0 [seconds] [all|fuzz-reader|fuzz-rows] [libFuzzer flags…]" >&2; exit 2 ;;
esac

swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
  -Xcc -fsanitize=undefined -Xcc -fno-sanitize-recover=undefined

# detect_leaks: the harnesses must not leak (the reader frees libcsv, iconv and its buffers).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# The Swift runtime's backtracer would run inside the crashed, instrumented process (and trip
# AddressSanitizer there); libFuzzer prints the stack itself.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

fuzz() {  # target, seed folder, then flags (new inputs go to the first folder: .work/corpus/…)
  local name=$1 seeds=$2; shift 2
  mkdir -p ".work/corpus/$name" ".work/artifacts/$name"
  echo "== $name for $seconds seconds" >&2
  ".build/release/$name" \
    -max_total_time="$seconds" \
    -max_len=16384 \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -artifact_prefix=".work/artifacts/$name/" \
    -print_final_stats=1 \
    "$@" \
    ".work/corpus/$name" "$seeds"
}

status=0
if [[ $target == all || $target == fuzz-reader ]]; then
  fuzz fuzz-reader corpus -dict=csv.dict "$@" || status=$?
fi
if [[ $target == all || $target == fuzz-rows ]]; then
  fuzz fuzz-rows corpus-rows -dict=csv.dict "$@" || status=$?
fi
exit "$status"
