"""Full-cell agreement of our CSV reports with the DuckDB peer (bench/duckdb_full.py).

usage: agree.py OURS_PERIOD_DIR DUCKDB_DIR [--jobs service,coal]
   e.g. agree.py /tmp/peer-out/2018 /tmp/peer-out-duck/duckdb

--jobs limits the check to the files of those jobs (default: both, all four files).

For each of the four files it checks the same header, the same number of rows and every cell
equal as text (a UTF-8 BOM and CR line ends are ignored; nothing else is canonicalised, the
peer formats like ours). Prints one `agreement:` line per file, or the first 20 disagreeing
cells, and exits 1 on any disagreement or missing file.
"""
import csv
import os
import sys

FILES = [  # file, the column that names a row in messages
    ("service/department_indicators.csv", "部门"),
    ("service/township_indicators.csv", "镇街"),
    ("coal/township_ranking.csv", "镇街"),
    ("coal/subsidy_households.csv", "户号"),
]
LIMIT = 20


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read().replace("\r\n", "\n").replace("\r", "\n")
    return list(csv.reader(text.splitlines(keepends=True)))


def main(argv):
    jobs = {"service", "coal"}
    if "--jobs" in argv:
        at = argv.index("--jobs")
        jobs = set(argv[at + 1].split(",")) if at + 1 < len(argv) else set()
        argv = argv[:at] + argv[at + 2:]
    if len(argv) != 2 or not jobs or not jobs <= {"service", "coal"}:
        raise SystemExit(__doc__)
    ours_dir, duck_dir = argv
    failed = False
    for name, key_column in FILES:
        if name.split("/")[0] not in jobs:
            continue
        paths = {"ours": os.path.join(ours_dir, name), "duckdb": os.path.join(duck_dir, name)}
        missing = [side for side, path in paths.items() if not os.path.isfile(path)]
        if missing:
            print(f"MISSING {name}: " + ", ".join(f"{side} {paths[side]}" for side in missing))
            failed = True
            continue
        ours, duck = read(paths["ours"]), read(paths["duckdb"])
        if not ours or not duck or ours[0] != duck[0]:
            print(f"DISAGREE {name} header: ours {ours[0] if ours else None} duckdb {duck[0] if duck else None}")
            failed = True
            continue
        header = ours[0]
        if len(ours) != len(duck):
            print(f"DISAGREE {name} rows: ours {len(ours) - 1} duckdb {len(duck) - 1}")
            failed = True
        key = header.index(key_column) if key_column in header else 0
        shown = 0
        cells = 0
        for row_number, (a, b) in enumerate(zip(ours[1:], duck[1:]), start=1):
            for column in range(max(len(a), len(b), len(header))):
                x = a[column] if column < len(a) else None
                y = b[column] if column < len(b) else None
                cells += 1
                if x == y:
                    continue
                failed = True
                if shown < LIMIT:
                    col = header[column] if column < len(header) else f"#{column + 1}"
                    label = a[key] if key < len(a) else "?"
                    print(f"DISAGREE {name} row {row_number} {label} column {col}: ours {x!r} duckdb {y!r}")
                shown += 1
        if shown > LIMIT:
            print(f"DISAGREE {name}: {shown - LIMIT} more disagreeing cells not shown")
        if shown == 0 and len(ours) == len(duck):
            print(f"agreement: {name} {len(ours) - 1} rows × {len(header)} columns = {cells} cells, all equal")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
