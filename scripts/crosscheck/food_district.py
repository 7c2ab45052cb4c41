"""Second route for the food job's district row: the indicators of 博政办字〔2018〕115号 for one
period, from the inspection export and the entity register, with Python's csv module —
independently of the Swift code. Rows the tool rejects (unknown entity, a township that
contradicts the register, bad dates or values) are skipped the same way; a repeated 检查编号
counts once.

usage: python3 scripts/crosscheck/food_district.py FIRST_DAY LAST_DAY [DATA_DIR] [REFERENCE_DIR]
"""
import csv
import re
import sys
from datetime import date

first, last = date.fromisoformat(sys.argv[1]), date.fromisoformat(sys.argv[2])
data = sys.argv[3] if len(sys.argv) > 3 else "datasets/sample"
reference = sys.argv[4] if len(sys.argv) > 4 else "datasets/reference"
FULL = str.maketrans("０１２３４５６７８９", "0123456789")

townships = {}
for row in csv.DictReader(open(f"{reference}/townships.csv", encoding="utf-8-sig")):
    for name in [row["镇街"]] + [a for a in row["别名"].split("|") if a]:
        townships[re.sub(r"\s", "", name)] = row["镇街"]
entities = {row["主体编号"]: row for row in csv.DictReader(open(f"{reference}/food_entities.csv", encoding="utf-8-sig"))}

def day(text):
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?)?", text.translate(FULL).strip())
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None

inspections, seen = [], set()
for row in csv.DictReader(open(f"{data}/food_inspections.csv", encoding="utf-8-sig", newline="")):
    row = {k: (v or "").strip() for k, v in row.items()}
    entity = entities.get(row["主体编号"])
    when = day(row["检查日期"])
    disposal_day = day(row["处置日期"]) if row["处置日期"] else None
    named = townships.get(re.sub(r"\s", "", row["镇街"])) if row["镇街"] else None
    if (entity is None or when is None or not row["检查编号"]
            or row["检查方式"] not in ("日常检查", "飞行检查", "体系检查", "监督抽检", "快速检测")
            or (row["镇街"] and named != entity["镇街"]) or (row["处置日期"] and disposal_day is None)
            or (row["处置状态"] == "已处置" and disposal_day is None) or (disposal_day and disposal_day < when)
            or row["抽检结果"] not in ("", "合格", "不合格") or row["处置状态"] not in ("", "已处置", "处置中", "未处置")
            or row["信息公布"] not in ("", "是", "否") or row["量化等级"] not in ("", "A", "B", "C")):
        continue
    if row["检查编号"] in seen:
        continue
    seen.add(row["检查编号"])
    inspections.append((row, entity, when, disposal_day))

def rate(n, d):
    return "" if d == 0 else f"{(n * 1000 * 2 + d) // (2 * d) / 10:.1f}"

within = [(r, e, w, dd) for r, e, w, dd in inspections if first <= w <= last]
results = [(r, e, w, dd) for r, e, w, dd in within if r["抽检结果"] in ("合格", "不合格")]
failures = [(r, e, w, dd) for r, e, w, dd in results if r["抽检结果"] == "不合格"]
related = [x for x in results if x[1]["主体类型"] == "食品相关产品生产企业"]
small = [e for e in entities.values() if e["主体类型"] in ("食品小作坊", "小餐饮", "食品摊点")]
kitchens = [e for e in entities.values() if e["主体类型"] in ("中央厨房", "集体用餐配送单位")]
year_start = date(last.year, 1, 1)
small_seen = {e["主体编号"] for r, e, w, dd in inspections if year_start <= w <= last}
latest = {}
for r, e, w, dd in inspections:
    if e["主体类型"] == "学校食堂" and r["量化等级"] and w <= last:
        if e["主体编号"] not in latest or w >= latest[e["主体编号"]][0]:
            latest[e["主体编号"]] = (w, r["量化等级"])

figures = [
    ("检查户次", len(within), None),
    ("检查覆盖率", len({e["主体编号"] for r, e, w, dd in within}), len(entities)),
    ("抽检合格率", sum(r["抽检结果"] == "合格" for r, *_ in results), len(results)),
    ("食品相关产品抽检合格率", sum(r["抽检结果"] == "合格" for r, *_ in related), len(related)),
    ("不合格核查处置率", sum(r["处置状态"] == "已处置" and dd is not None and dd <= last for r, e, w, dd in failures), len(failures)),
    ("抽检信息公布率", sum(r["信息公布"] == "是" for r, *_ in results), len(results)),
    ("学校食堂B级以上率", sum(g in ("A", "B") for _, g in latest.values()), len(latest)),
    ("明厨亮灶率", sum(e["明厨亮灶"] == "是" for e in kitchens), len(kitchens)),
    ("三小登记备案率", sum(e["登记备案"] == "是" for e in small), len(small)),
    ("三小监管覆盖率", sum(e["主体编号"] in small_seen for e in small), len(small)),
]
for name, numerator, denominator in figures:
    print(f"全区,{name},{numerator},{'' if denominator is None else denominator},{'' if denominator is None else rate(numerator, denominator)}")
