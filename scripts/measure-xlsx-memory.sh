#!/usr/bin/env bash
# Measures WorkbookWriter's peak memory and time: writes a ROWS-row × 5-column sheet (default
# 2 000 000, which continues in a second sheet after Excel's 1 048 575 data rows) with the
# disabled-by-default test WorkbookLargeSheetTests, run straight from the test bundle under
# /usr/bin/time -v, so the figures are the writer's and not those of `swift test`.
#
#   scripts/measure-xlsx-memory.sh [ROWS]
#   SCRATCH=.build-xlsx CONFIG=debug scripts/measure-xlsx-memory.sh
#
# CONFIG=release (the default) builds with -enable-testing, as the tests import modules
# @testable. The workbook goes to a temporary folder and is removed.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-2000000}"
scratch="${SCRATCH:-.build}"
config="${CONFIG:-release}"
flags=()
if [ "$config" = release ]; then flags=(-Xswiftc -enable-testing); fi
swift build --scratch-path "$scratch" -c "$config" --build-tests "${flags[@]}" >&2
bundle="$(swift build --scratch-path "$scratch" -c "$config" --show-bin-path)/township-reportsPackageTests.xctest"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
WORKBOOK_LARGE_ROWS="$rows" WORKBOOK_LARGE_OUT="$out/large.xlsx" \
    /usr/bin/time -v "$bundle" --testing-library swift-testing --filter writeALargeSheet 2> "$out/time.txt" \
    | grep -a "large sheet" || true
grep -aE "Test run with|Maximum resident set size|Elapsed \(wall clock\)|User time|System time|Exit status" "$out/time.txt"
