#!/usr/bin/env bash
# Builds the libFuzzer harness (Sources/fuzz-reader) and fuzzes the CSV reader and the
# value parsers for a bounded time.
#
#   Fuzz/run.sh [seconds] [extra libFuzzer flags…]     default 300 seconds
#   Fuzz/.build/release/fuzz-reader FILE…              replay inputs (a crash file, say)
#
# Seeds come from corpus/ (cut-down real exports and hand-made tricky files, committed);
# what the fuzzer learns goes to .work/corpus/ and any crash, leak, timeout or
# out-of-memory input to .work/artifacts/ (both ignored by git). Every artifact found
# becomes a regression test in Tests/CSVReaderTests or Tests/ReportCoreTests.
# Not run in CI (it needs time and AddressSanitizer); see RELIABILITY.md.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-300}
shift || true

swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

mkdir -p .work/corpus .work/artifacts
# detect_leaks: the harness must not leak (the reader frees libcsv, iconv and its buffers).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
# The Swift runtime's backtracer would run inside the crashed, instrumented process (and trip
# AddressSanitizer there); libFuzzer prints the stack itself.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
exec .build/release/fuzz-reader \
  -max_total_time="$seconds" \
  -max_len=16384 \
  -timeout=10 \
  -rss_limit_mb=2048 \
  -dict=csv.dict \
  -artifact_prefix=.work/artifacts/ \
  -print_final_stats=1 \
  "$@" \
  .work/corpus corpus
