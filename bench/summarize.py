"""Prints the benchmark table from bench/run.sh's timings, and checks that our service
counts and DuckDB's agree exactly. usage: summarize.py RESULTS_DIR DATA_DIR YEAR"""
import csv
import os
import statistics
import sys

results, data, year = sys.argv[1], sys.argv[2], sys.argv[3]
runs = {}
with open(os.path.join(results, "timings.tsv")) as f:
    for line in f:
        _, peer, times = line.rstrip("\n").split("\t")
        seconds, kib = times.split()
        runs.setdefault(peer, []).append((float(seconds), int(kib)))

def size(name):
    return os.path.getsize(os.path.join(data, name))

def rows(name):
    with open(os.path.join(data, name), "rb") as f:
        return sum(1 for _ in f) - 1

tickets, tickets_rows = size("service_tickets.csv"), rows("service_tickets.csv")
coal = sum(size(n) for n in ("coal_deliveries.csv", "stove_installs.csv", "coal_quality.csv"))
coal_rows = sum(rows(n) for n in ("coal_deliveries.csv", "stove_installs.csv", "coal_quality.csv"))
everything = sum(size(n) for n in os.listdir(data) if n.endswith(".csv"))
everything_rows = sum(rows(n) for n in os.listdir(data) if n.endswith(".csv"))
volume = {"ours-service": (tickets, tickets_rows), "ours-coal": (coal, coal_rows),
          "ours-all": (everything, everything_rows), "csv-count": (tickets, tickets_rows),
          "libcsv-count": (tickets, tickets_rows), "duckdb-1t": (tickets, tickets_rows),
          "duckdb-2t": (tickets, tickets_rows)}

medians = {}
print(f"\n{'peer':<14} {'median s':>9} {'MB/s':>8} {'rows/s':>11} {'peak RSS MiB':>13}   (runs: seconds)")
for peer, values in runs.items():
    seconds = statistics.median(v[0] for v in values)
    rss = statistics.median(v[1] for v in values) / 1024
    medians[peer] = (seconds, rss)
    nbytes, nrows = volume[peer]
    print(f"{peer:<14} {seconds:>9.2f} {nbytes / 1e6 / seconds:>8.1f} {nrows / seconds:>11.0f} {rss:>13.1f}   "
          + " ".join(f"{v[0]:.2f}" for v in values))

def ratio(a, b, label):
    if a in medians and b in medians:
        print(f"{label:<58} {medians[a][0] / medians[b][0]:6.2f}")
print()
ratio("ours-service", "duckdb-2t", "wall time: ours-service / duckdb-2t (target ≤ 1.0)")
ratio("ours-service", "duckdb-1t", "wall time: ours-service / duckdb-1t")
if "csv-count" in medians and "libcsv-count" in medians:
    print(f"{'parsing alone: csv-count throughput / libcsv-count (target ≥ 0.9)':<58} "
          f"{medians['libcsv-count'][0] / medians['csv-count'][0]:6.2f}")

duck_departments = os.path.join(results, "duckdb_departments.csv")
ours = os.path.join(results, "out-ours-service", year, "service")
if not os.path.exists(duck_departments):
    print("\nagreement: DuckDB not run")
    sys.exit(0)

def table(path, key, columns):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return {row[key]: tuple(row[c] for c in columns) for row in csv.DictReader(f)}

def canon(value):
    return "" if value in ("", "NULL") else f"{float(value):.1f}" if "." in value else str(int(value))

failures = 0
for name, key, columns in [
    ("departments", "部门", ["受理量", "办结量", "一次办好量", "网办量", "参评量", "满意量", "等候记录数", "平均等候时长", "时限达标事项数"]),
    ("townships", "镇街", ["受理量", "办结量", "一次办好量", "网办量", "参评量", "满意量", "等候记录数", "平均等候时长"]),
]:
    ours_file = os.path.join(ours, "department_indicators.csv" if name == "departments" else "township_indicators.csv")
    mine = table(ours_file, key, [c if c != "平均等候时长" else "平均等候时长(分钟)" for c in columns])
    theirs = table(os.path.join(results, f"duckdb_{name}.csv"), key, columns)
    for group in sorted(set(mine) | set(theirs)):
        a = tuple(map(canon, mine.get(group, ())))
        b = tuple(map(canon, theirs.get(group, ())))
        if a != b:
            failures += 1
            print(f"DISAGREE {name} {group}: ours {a} duckdb {b}")
    print(f"agreement ({name}): {len(mine)} groups × {len(columns)} figures, "
          + ("all equal" if failures == 0 else f"{failures} differences"))
sys.exit(1 if failures else 0)
