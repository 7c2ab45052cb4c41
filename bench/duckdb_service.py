"""DuckDB peer of the benchmark: the service job's per-department and per-township counts
for one year, in SQL over the same files. Writes two CSV files for the agreement check.

usage: duckdb_service.py DATA_DIR REFERENCE_DIR YEAR THREADS OUT_DIR
"""
import sys
import duckdb

data, reference, year, threads, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
con = duckdb.connect()
con.execute(f"SET threads = {threads}")
con.execute(f"""
CREATE TEMP TABLE items AS
SELECT 事项编码 AS code, 部门 AS department, CAST(法定时限 AS INTEGER) AS statutory,
       CAST(承诺时限 AS INTEGER) AS committed, 复杂事项 = '是' AS complex
FROM read_csv('{reference}/service_items.csv', header = true, all_varchar = true)
""")
con.execute(f"""
CREATE TEMP VIEW tickets AS
SELECT 镇街 AS township, 事项编码 AS code, 办理渠道 AS channel,
       CAST(受理时间 AS TIMESTAMP) AS received, TRY_CAST(办结时间 AS TIMESTAMP) AS completed,
       CAST(跑动次数 AS INTEGER) AS visits, 评价 AS rating, TRY_CAST("等候时长(分钟)" AS INTEGER) AS wait
FROM read_csv('{data}/service_tickets.csv', header = true, all_varchar = true)
""")
measures = f"""
  count(*) FILTER (WHERE year(received) = {year}) AS 受理量,
  count(*) FILTER (WHERE year(completed) = {year}) AS 办结量,
  count(*) FILTER (WHERE year(completed) = {year} AND visits <= 1) AS 一次办好量,
  count(*) FILTER (WHERE year(completed) = {year} AND channel IN ('网上', '手机APP')) AS 网办量,
  count(*) FILTER (WHERE year(completed) = {year} AND coalesce(rating, '') <> '') AS 参评量,
  count(*) FILTER (WHERE year(completed) = {year} AND rating IN ('非常满意', '满意', '基本满意')) AS 满意量,
  count(wait) FILTER (WHERE year(completed) = {year}) AS 等候记录数,
  round(avg(wait) FILTER (WHERE year(completed) = {year}), 1) AS 平均等候时长
"""
con.execute(f"""
COPY (
  WITH counted AS (SELECT i.department, {measures} FROM tickets t JOIN items i USING (code) GROUP BY i.department),
       rule AS (SELECT department, count(*) FILTER (WHERE NOT complex AND committed * 100 <= statutory * 30
                                                    AND (statutory > 0 OR committed = 0)) AS 时限达标事项数
                FROM items GROUP BY department)
  SELECT c.department AS 部门, c.* EXCLUDE (department), r.时限达标事项数
  FROM counted c JOIN rule r USING (department) ORDER BY 1
) TO '{out}/duckdb_departments.csv' (HEADER)
""")
con.execute(f"""
COPY (SELECT township AS 镇街, {measures} FROM tickets WHERE township IS NOT NULL AND township <> ''
      GROUP BY township ORDER BY 1) TO '{out}/duckdb_townships.csv' (HEADER)
""")
