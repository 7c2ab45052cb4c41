#!/usr/bin/env bash
# Monthly reports, as cron runs them on the 1st of each month (see cron/township-reports.cron).
#
# Runs last month; after the last month of a quarter also the quarter, after June and
# December also the half-year, after December also the year. Each period is one
# `township-reports run`; the tool itself holds the lock on the reports folder, so a
# second invocation while one is running exits at once with code 75.
#
# Appends one line per period to the log (period, outcome, exit code, duration,
# rejected rows, reason) and exits non-zero with a one-line reason if any period
# failed. Settings come from the environment:
#   TOWNSHIP_REPORTS_TODAY      date to act as "today" (YYYY-MM-DD), for tests and reruns; default: the clock
#   TOWNSHIP_REPORTS_BIN        the executable; default: <repo>/.build/release/township-reports
#   TOWNSHIP_REPORTS_DATA       exports folder;     default: <repo>/datasets/sample
#   TOWNSHIP_REPORTS_REFERENCE  reference folder;   default: <repo>/datasets/reference
#   TOWNSHIP_REPORTS_OUT        reports folder;     default: <repo>/reports
#   TOWNSHIP_REPORTS_LOG        log file;           default: <reports folder>/cron.log
#   TOWNSHIP_REPORTS_TZ         the office's time zone; default: CST-8 (Beijing time, UTC+8)
#   TOWNSHIP_REPORTS_PERIOD_TIMEOUT  wall-clock limit of one period's run (`timeout` syntax:
#                               90m, 2h, 300s); default: 2h. Past it the run gets SIGTERM, and
#                               SIGKILL 30 s later; logged outcome=timeout exit=74. The tool's own
#                               read-stall limit (policy run.read_stall_seconds) usually stops a
#                               stuck read first; this limit is the backstop for anything else.
set -u
# cron fires at 02:30 Beijing time (CRON_TZ in the crontab); "today" and the log's
# timestamps are taken in Beijing time too, whatever the server's own zone: on a UTC
# server 02:30 on the 1st is still the last day of the previous month. CST-8 is the POSIX
# spelling of UTC+8 (China has no daylight saving), so it needs no tzdata.
export TZ=${TOWNSHIP_REPORTS_TZ:-CST-8}
repo=$(cd "$(dirname "$0")/.." && pwd)
bin=${TOWNSHIP_REPORTS_BIN:-$repo/.build/release/township-reports}
data=${TOWNSHIP_REPORTS_DATA:-$repo/datasets/sample}
reference=${TOWNSHIP_REPORTS_REFERENCE:-$repo/datasets/reference}
out=${TOWNSHIP_REPORTS_OUT:-$repo/reports}
log=${TOWNSHIP_REPORTS_LOG:-$out/cron.log}
today=${TOWNSHIP_REPORTS_TODAY:-$(date +%F)}
limit=${TOWNSHIP_REPORTS_PERIOD_TIMEOUT:-2h}

fail() { echo "monthly-run: $1" >&2; exit "${2:-1}"; }

[[ $today =~ ^([0-9]{4})-([0-9]{2})-([0-9]{2})$ ]] || fail "TOWNSHIP_REPORTS_TODAY '$today' is not YYYY-MM-DD" 64
year=$((10#${BASH_REMATCH[1]})); month=$((10#${BASH_REMATCH[2]}))
[ -x "$bin" ] || fail "executable not found: $bin (build it: swift build -c release)" 64
[[ $limit =~ ^[0-9]+[smhd]?$ ]] || fail "TOWNSHIP_REPORTS_PERIOD_TIMEOUT '$limit' is not a duration like 90m or 2h" 64
mkdir -p "$out" "$(dirname "$log")" || fail "cannot create $out or the log folder" 74

# The month that just ended, and the longer periods it closes.
if [ "$month" -eq 1 ]; then py=$((year - 1)); pm=12; else py=$year; pm=$((month - 1)); fi
periods=("$(printf '%04d-%02d' "$py" "$pm")")
if [ $((pm % 3)) -eq 0 ]; then periods+=("$py-Q$((pm / 3))"); fi
if [ $((pm % 6)) -eq 0 ]; then periods+=("$py-H$((pm / 6))"); fi
if [ "$pm" -eq 12 ]; then periods+=("$py"); fi

status=0
first_reason=""
for period in "${periods[@]}"; do
  started=$(date +%s.%N)
  output=$(timeout --kill-after=30s "$limit" "$bin" run --period "$period" --data "$data" \
             --reference "$reference" --out "$out" 2>&1)
  code=$?
  timed_out=no
  # 124: stopped by SIGTERM at the limit; 137: killed 30 s later.
  if [ "$code" -eq 124 ] || [ "$code" -eq 137 ]; then timed_out=yes; code=74; fi
  seconds=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
  rejects=$(printf '%s\n' "$output" | sed -n 's/.*（拒收 \([0-9]*\) 行）.*/\1/p' | head -n 1)
  if [ "$code" -eq 0 ]; then
    outcome=published; reason=""
  elif [ "$timed_out" = yes ]; then
    outcome=timeout; reason="运行超过时限 $limit，已终止（已发布的报表未改动）"
    if [ "$status" -eq 0 ]; then status=$code; first_reason="$period: $reason"; fi
  else
    outcome=failed
    reason=$(printf '%s\n' "$output" | grep -m 1 -v '^ ' | sed 's/^错误：//' | tr -d '"')
    [ -n "$reason" ] || reason="exit $code"
    if [ "$status" -eq 0 ]; then status=$code; first_reason="$period: $reason"; fi
  fi
  printf '%s period=%s outcome=%s exit=%d duration=%ss rejects=%s%s\n' \
    "$(date '+%Y-%m-%dT%H:%M:%S%z')" "$period" "$outcome" "$code" "$seconds" "${rejects:--}" \
    "${reason:+ reason=\"$reason\"}" >> "$log" || fail "cannot write the log $log" 74
done

[ "$status" -eq 0 ] || fail "$first_reason" "$status"
exit 0
