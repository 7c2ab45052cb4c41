"""DuckDB's five-count peer of the benchmark: read_csv over the ticket export, join to the
catalogue, GROUP BY 部门 with five counts for one year (受理量, 办结量, 一次办好量, 网办量,
满意量). The floor of what any service report must do: read every ticket once. Writes
OUT_DIR/duckdb_departments.csv for bench/count_agreement.py.

usage: duckdb_service.py DATA_DIR REFERENCE_DIR YEAR THREADS OUT_DIR

An Excel-form export (title rows above the header) is read from its header line, found by
looking for the 办件编号 column in the first lines.
"""
import os
import sys
import duckdb


def header_line(path, name):
    """0-based index of the first line holding column `name` (title rows come before it)."""
    with open(path, "rb") as f:
        for index, line in enumerate(f):
            if name.encode() in line:
                return index
            if index > 50:
                break
    return 0


data, reference, year, threads, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
os.makedirs(out, exist_ok=True)
tickets = f"{data}/service_tickets.csv"
con = duckdb.connect()
con.execute(f"SET threads = {threads}")
con.execute(f"""
CREATE TEMP TABLE items AS
SELECT 事项编码 AS code, 部门 AS department
FROM read_csv('{reference}/service_items.csv', header = true, all_varchar = true)
""")
con.execute(f"""
CREATE TEMP VIEW tickets AS
SELECT 事项编码 AS code, 办理渠道 AS channel,
       TRY_CAST(受理时间 AS TIMESTAMP) AS received, TRY_CAST(办结时间 AS TIMESTAMP) AS completed,
       CAST(跑动次数 AS INTEGER) AS visits, 评价 AS rating
FROM read_csv('{tickets}', header = true, all_varchar = true, skip = {header_line(tickets, "办件编号")})
WHERE 办件编号 IS NOT NULL AND 办件编号 <> ''
""")
con.execute(f"""
COPY (
  SELECT i.department AS 部门,
         count(*) FILTER (WHERE year(received) = {year}) AS 受理量,
         count(*) FILTER (WHERE year(completed) = {year}) AS 办结量,
         count(*) FILTER (WHERE year(completed) = {year} AND visits <= 1) AS 一次办好量,
         count(*) FILTER (WHERE year(completed) = {year} AND channel IN ('网上', '手机APP')) AS 网办量,
         count(*) FILTER (WHERE year(completed) = {year} AND rating IN ('非常满意', '满意', '基本满意')) AS 满意量
  FROM tickets t JOIN items i USING (code) GROUP BY i.department ORDER BY 1
) TO '{out}/duckdb_departments.csv' (HEADER)
""")
