"""Checks that DuckDB's five-count peer (bench/duckdb_service.py) counted what our service
report counts, department by department: the peer is only a fair floor if it did the work.
usage: count_agreement.py OUR_SERVICE_DIR DUCKDB_OUT_DIR"""
import csv
import os
import sys

ours_dir, duck_dir = sys.argv[1], sys.argv[2]
columns = ["受理量", "办结量", "一次办好量", "网办量", "满意量"]


def table(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return {row["部门"]: tuple(int(row[c] or 0) for c in columns) for row in csv.DictReader(f)}


ours = table(os.path.join(ours_dir, "department_indicators.csv"))
theirs = table(os.path.join(duck_dir, "duckdb_departments.csv"))
# Our report lists every department of the catalogue; DuckDB's GROUP BY only those with tickets.
differences = [d for d in sorted(set(ours) | set(theirs)) if ours.get(d, (0,) * 5) != theirs.get(d, (0,) * 5)]
for d in differences:
    print(f"DISAGREE five counts {d}: ours {ours.get(d)} duckdb {theirs.get(d)}")
print(f"agreement (five counts): {len(ours)} departments × {len(columns)} counts, "
      + ("all equal" if not differences else f"{len(differences)} departments differ"))
sys.exit(1 if differences else 0)
