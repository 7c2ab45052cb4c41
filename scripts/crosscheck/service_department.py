"""Second route for the service job: one department's figures for one month, from the ticket
export, the catalogue and the holiday calendar, with Python's csv module and datetime —
independently of the Swift code. Rows the tool would reject (unknown item, bad values,
completion before receipt) are skipped the same way.

usage: python3 scripts/crosscheck/service_department.py DEPARTMENT YEAR MONTH [DATA_DIR] [REFERENCE_DIR]
"""
import csv
import re
import sys
from datetime import date, datetime, timedelta

department, year, month = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
data = sys.argv[4] if len(sys.argv) > 4 else "datasets/sample"
reference = sys.argv[5] if len(sys.argv) > 5 else "datasets/reference"
first = date(year, month, 1)
last = (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)
FULL = str.maketrans("０１２３４５６７８９：－", "0123456789:-")

marks = {row["日期"]: row["类型"] for row in csv.DictReader(open(f"{reference}/calendar.csv", encoding="utf-8-sig"))}
def working(d):
    kind = marks.get(d.isoformat())
    return kind == "班" or (kind != "休" and d.weekday() < 5)
def elapsed(received, completed):
    n, d = 0, received + timedelta(days=1)
    while d <= completed:
        n += working(d)
        d += timedelta(days=1)
    return n

items = {row["事项编码"]: row for row in csv.DictReader(open(f"{reference}/service_items.csv", encoding="utf-8-sig"))}
def moment(text):
    t = text.translate(FULL).strip()
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?", t)
    if not m:
        return None
    try:
        return datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4] or 0), int(m[5] or 0), int(m[6] or 0))
    except ValueError:
        return None
def count(text):
    t = text.translate(FULL).strip()
    return int(t) if re.fullmatch(r"\d+", t) else None

tally = dict(received=0, completed=0, on_time=0, one_visit=0, zero_visits=0, online=0, within_steps=0,
             rated=0, satisfied=0, immediate=0, waits=[])
with open(f"{data}/service_tickets.csv", encoding="utf-8-sig", newline="") as f:
    reader = csv.reader(f)
    header = [re.sub(r"\s", "", h).replace("（", "(").replace("）", ")") for h in next(reader)]
    for values in reader:
        if not values:
            continue
        row = dict(zip(header, [v.strip() for v in values]))
        item = items.get(row.get("事项编码", ""))
        received, completed = moment(row.get("受理时间", "")), moment(row["办结时间"]) if row.get("办结时间") else None
        steps, visits = count(row.get("办理环节数", "")), count(row.get("跑动次数", ""))
        wait = count(row["等候时长(分钟)"]) if row.get("等候时长(分钟)") else None
        suspended = count(row["特殊环节(工作日)"]) if row.get("特殊环节(工作日)") else 0
        if (item is None or received is None or steps is None or visits is None or not row.get("办件编号")
                or not row.get("受理大厅") or row.get("办理渠道") not in ("窗口", "网上", "自助终端", "手机APP")
                or (row.get("办结时间") and completed is None) or (completed and completed < received)
                or (row.get("等候时长(分钟)") and wait is None) or suspended is None
                or row.get("评价", "") not in ("", "非常满意", "满意", "基本满意", "不满意", "非常不满意")):
            continue
        if item["部门"] != department:
            continue
        if first <= received.date() <= last:
            tally["received"] += 1
        if completed and first <= completed.date() <= last:
            tally["completed"] += 1
            days = max(0, elapsed(received.date(), completed.date()) - suspended)
            tally["on_time"] += days <= int(item["承诺时限"])
            tally["one_visit"] += visits <= 1
            tally["zero_visits"] += visits == 0
            tally["online"] += row["办理渠道"] in ("网上", "手机APP")
            tally["within_steps"] += steps <= 3
            tally["immediate"] += item["即办件"] == "是"
            if row.get("评价"):
                tally["rated"] += 1
                tally["satisfied"] += row["评价"] in ("非常满意", "满意", "基本满意")
            if wait is not None:
                tally["waits"].append(wait)

def rate(n, d):
    return "" if d == 0 else f"{(n * 1000 * 2 + d) // (2 * d) / 10:.1f}"
waits = sorted(tally.pop("waits"))
c = tally["completed"]
print(f"{department} {year}-{month:02d}: 受理量 {tally['received']}, 办结量 {c}")
for key, label, denominator in [("on_time", "按时办结率", c), ("one_visit", "一次办好率", c), ("zero_visits", "零跑腿率", c),
                                ("online", "网办率", c), ("within_steps", "三环节以内率", c), ("immediate", "即办件比例", c),
                                ("rated", "参评率", c), ("satisfied", "满意率", tally["rated"])]:
    print(f"  {label} {tally[key]}/{denominator} = {rate(tally[key], denominator)}%")
if waits:
    n = len(waits)
    median = waits[n // 2] if n % 2 else (waits[n // 2 - 1] + waits[n // 2]) / 2
    p90 = waits[-(-9 * n // 10) - 1]
    print(f"  等候时长 {n} 条：平均 {sum(waits) / n:.1f}，中位数 {median:.1f}，90分位 {p90}")
