"""Prints one shape's benchmark table from bench/run.sh's timings: medians, MB/s, rows/s,
peak RSS and the ratios the targets are stated in. usage: summarize.py RESULTS_DIR DATA_DIR"""
import csv
import os
import statistics
import sys

results, data = sys.argv[1], sys.argv[2]
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
volume = {"ours-service": (tickets, tickets_rows), "ours-coal": (coal, coal_rows),
          "csv-count": (tickets, tickets_rows), "libcsv-count": (tickets, tickets_rows),
          "duckdb-count": (tickets, tickets_rows), "duckdb-service": (tickets, tickets_rows),
          "duckdb-coal": (coal, coal_rows)}

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
ratio("ours-service", "duckdb-service", "wall time: ours-service / duckdb-service (target ≤ 0.4)")
ratio("ours-service", "duckdb-count", "wall time: ours-service / duckdb-count (target ≤ 1.0)")
ratio("ours-coal", "duckdb-coal", "wall time: ours-coal / duckdb-coal (target ≤ 0.5)")
if "csv-count" in medians and "libcsv-count" in medians:
    print(f"{'parsing alone: csv-count throughput / libcsv-count':<58} "
          f"{medians['libcsv-count'][0] / medians['csv-count'][0]:6.2f}")

