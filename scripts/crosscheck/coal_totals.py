"""Second route for the coal job's district totals: reads the sample exports with Python's
csv module and applies 博政办字〔2018〕109号 directly (campaign 1 Sep – 31 Dec, 120 yuan/t up
to 2 t and 150 yuan/stove up to 1 per household, failed batches not subsidised, the first
row of a repeated 登记编号 counts), independently of the Swift code.

usage: python3 scripts/crosscheck/coal_totals.py [DATA_DIR] [REFERENCE_DIR] [PERIOD_END]
"""
import csv
import re
import sys
from datetime import date

data = sys.argv[1] if len(sys.argv) > 1 else "datasets/sample"
reference = sys.argv[2] if len(sys.argv) > 2 else "datasets/reference"
end = date.fromisoformat(sys.argv[3]) if len(sys.argv) > 3 else date(2018, 12, 31)
start = date(end.year, 9, 1)
campaign_end = date(end.year, 12, 31)

FULL = str.maketrans("０１２３４５６７８９．，－", "0123456789.,-")

def header_key(h):
    return re.sub(r"\s", "", h.replace("\ufeff", "")).replace("（", "(").replace("）", ")").lower()

def number(text, scale):
    t = text.translate(FULL).strip().replace("\u3000", "")
    if not re.fullmatch(r"[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d*)?|[+-]?\.\d+", t):
        return None
    t = t.replace(",", "")
    whole, _, frac = t.lstrip("+-").partition(".")
    frac = frac.rstrip("0")
    if len(frac) > scale:
        return None
    value = int(whole or "0") * 10 ** scale + int((frac + "0" * scale)[:scale] or "0")
    return -value if t.startswith("-") else value

def day(text):
    t = text.translate(FULL).strip()
    m = re.fullmatch(r"(\d{4})([-/.年])(\d{1,2})([-/.月])(\d{1,2})日?(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?)?", t)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(3)), int(m.group(5)))
    except ValueError:
        return None

def rows(name, encoding):
    with open(f"{data}/{name}", encoding=encoding, newline="") as f:
        reader = csv.reader(f)
        header = [header_key(h) for h in next(reader)]
        for line in reader:
            if line:
                yield {h: (line[i] if i < len(line) else "").strip() for i, h in enumerate(header)}

townships = {}
for row in csv.DictReader(open(f"{reference}/townships.csv", encoding="utf-8-sig")):
    for name in [row["镇街"]] + [a for a in row["别名"].split("|") if a]:
        townships[re.sub(r"\s", "", name)] = row["镇街"]

# Batches: a batch fails if any sample (dated up to the period end) breaks a limit.
failed = set()
for row in rows("coal_quality.csv", "utf-8-sig"):
    sampled = day(row.get("date", ""))
    figures = [number(row.get(k, ""), 3) for k in ("sulfur", "ash", "volatile", "heat")]
    moisture = number(row.get("moisture", ""), 3) if row.get("moisture", "") else None
    lantan = row.get("coal_type", "") == "兰炭"
    if not row.get("batch") or sampled is None or None in figures or min(figures) < 0 or (lantan and moisture is None):
        continue
    if sampled > end:
        continue
    s, a, v, q = figures
    if s > 500 or a > 16000 or v > 12000 or q < 24000 or (lantan and moisture > 12000):
        failed.add(row["batch"])

def counted(name, encoding, quantity_key, scale):
    """Valid rows of an export within the campaign up to the period end, first of each 登记编号."""
    seen = {}
    for row in rows(name, encoding):
        qty = number(row.get(quantity_key, ""), scale)
        when = day(row.get(header_key("配送日期"), "") or row.get(header_key("安装日期"), ""))
        township = townships.get(re.sub(r"\s", "", row.get("镇街", "")))
        required = [row.get("登记编号"), row.get("村居"), row.get("户号")]
        prices_ok = all(row[k] == "" or (number(row[k], 2) is not None and number(row[k], 2) >= 0)
                        for k in row if k.startswith("购买单价") or k.startswith("总金额"))
        if not all(required) or qty is None or qty <= 0 or when is None or township is None or not prices_ok:
            continue
        key = row["登记编号"]
        content = (township, row["村居"], row["户号"], qty, when, row.get("批号", ""))
        if key in seen:
            continue  # an identical re-export counts once; a conflicting row is rejected
        seen[key] = content
        if start <= when <= min(end, campaign_end):
            yield row, township, qty

kg_total, households, subsidisable = 0, set(), {}
for row, township, kg in counted("coal_deliveries.csv", "gb18030", header_key("购买数量(吨)"), 3):
    kg_total += kg
    households.add(row["户号"])
    if row.get("批号", "") not in failed:
        subsidisable[row["户号"]] = subsidisable.get(row["户号"], 0) + kg
coal_fen = sum(min(kg, 2000) * 12 for kg in subsidisable.values())

stoves, stove_households = 0, {}
for row, township, count in counted("stove_installs.csv", "utf-8-sig", header_key("购买数量(台)"), 0):
    stoves += count
    stove_households[row["户号"]] = stove_households.get(row["户号"], 0) + count
stove_fen = sum(min(c, 1) * 15000 for c in stove_households.values())

print(f"coal delivered: {kg_total / 1000:.3f} t to {len(households)} households")
print(f"failed batches: {len(failed)}")
print(f"coal subsidy: {coal_fen / 100:.2f} yuan for {sum(1 for k in subsidisable.values() if k > 0)} households, "
      f"{sum(min(k, 2000) for k in subsidisable.values()) / 1000:.3f} t subsidised")
print(f"stoves: {stoves} installed, subsidy {stove_fen / 100:.2f} yuan for {len(stove_households)} households")
print(f"total subsidy: {(coal_fen + stove_fen) / 100:.2f} yuan")
