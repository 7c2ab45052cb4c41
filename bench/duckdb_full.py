"""Independent DuckDB peer of four of our CSV reports, computed in SQL from the same inputs:

    service/department_indicators.csv   service/township_indicators.csv
    coal/township_ranking.csv           coal/subsidy_households.csv

usage: duckdb_full.py DATA_DIR REFERENCE_DIR PERIOD THREADS OUT_DIR [--jobs service,coal]

Writes OUT_DIR/duckdb/<job>/<file>.csv with our headers, row order and cell formatting (UTF-8
with BOM, CRLF), so that bench/agree.py can compare every cell with ours.

Division of labour: every figure is computed by DuckDB SQL (read_csv over the files, joins,
GROUP BY, window functions). Python is glue only: it parses the period and the few policy keys
needed (a tiny hand parser, no PyYAML), finds the header row of each export (Excel forms carry
title rows above it), converts a GB18030 export to UTF-8 with iconv when DuckDB cannot read it,
formats Chinese capital numerals (大写) and writes the CSV files.

What the peer does not do (our reader's job, not the reports'): it validates and rejects
nothing. A row our reader would reject (unknown item code or township aside, which simply find
no match here: a bad number, a unit that is not the column's, an Excel-damaged ID, a row whose
GB18030 bytes also read as UTF-8, ...) may be counted here; compare on clean data
(generate-sample --plain or --clean, any --dialect but split). Not covered either: exports split
into a folder of files (coal_deliveries/), --unmasked, vocabulary spellings that differ only in
width, case or spaces, and the Double fallback ours uses for 平均承诺压缩率 when the least common
multiple of the statutory limits overflows 64 bits. Duplicate 登记编号 are handled (the first
row in file order counts, whether a later one is an identical re-export or a conflict).
"""
import codecs
import csv
import datetime as dt
import io
import os
import re
import subprocess
import sys
import tempfile
from decimal import Decimal

import duckdb

TOTAL_WORDS = ("合计", "小计", "总计")


# ──────────────────────────────────────────────────────────────────────────────────────────
# Policy: a tiny parser for the nested `key: value` lines of policy.yaml (2-space indents,
# `#` comments, quoted strings, `[a, b]` lists). Only the keys below are read; each has the
# gazette default of datasets/reference/policy.yaml.
# ──────────────────────────────────────────────────────────────────────────────────────────
POLICY_DEFAULTS = {
    "coal.campaign_start": "09-01",
    "coal.campaign_end": "12-31",
    "coal.subsidy.coal_yuan_per_ton": "120",
    "coal.subsidy.coal_max_tons_per_household": "2",
    "coal.subsidy.stove_yuan_each": "150",
    "coal.subsidy.stove_max_per_household": "1",
    "coal.quality.sulfur_max_percent": "0.5",
    "coal.quality.ash_max_percent": "16",
    "coal.quality.volatile_max_percent": "12",
    "coal.quality.heat_min_mj_per_kg": "24",
    "coal.quality.lantan_moisture_max_percent": "12",
    "coal.quality.lantan_types": ["兰炭"],
    "coal.ranking_weights.coal": "0.5",
    "coal.ranking_weights.stove": "0.5",
    "service.committed_max_percent_of_statutory": "30",
    "service.max_steps": "3",
    "service.ranking_weights.item_compliance": "1",
    "service.ranking_weights.on_time": "1",
    "service.ranking_weights.one_visit": "1",
    "service.ranking_weights.online": "1",
    "service.ranking_weights.satisfaction": "1",
}


def _strip_comment(line):
    quote = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1] in " \t"):
            return line[:i]
    return line


def _scalar(text):
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        return [_scalar(part) for part in text[1:-1].split(",") if part.strip()]
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    return text


def read_policy(path):
    values = dict(POLICY_DEFAULTS)
    if not os.path.exists(path):
        return values
    stack = []  # (indent, key) of the open mappings
    with open(path, encoding="utf-8-sig") as f:
        for raw in f:
            line = _strip_comment(raw.rstrip("\r\n")).rstrip()
            if not line.strip() or line.strip().startswith("-"):
                continue
            indent = len(line) - len(line.lstrip(" "))
            key, _, value = line.strip().partition(":")
            while stack and stack[-1][0] >= indent:
                stack.pop()
            dotted = ".".join([k for _, k in stack] + [key.strip()])
            if value.strip():
                values[dotted] = _scalar(value)
            else:
                stack.append((indent, key.strip()))
    return values


# ──────────────────────────────────────────────────────────────────────────────────────────
# Periods: 2018, 2018-H2, 2018-Q4, 2018-11; the previous period of the same kind.
# ──────────────────────────────────────────────────────────────────────────────────────────
class Period:
    def __init__(self, kind, year, index):
        self.kind, self.year, self.index = kind, year, index
        months = {"year": 12, "half": 6, "quarter": 3, "month": 1}[kind]
        first_month = (index - 1) * months + 1
        last_month = index * months
        self.first = dt.date(year, first_month, 1)
        next_first = dt.date(year + 1, 1, 1) if last_month == 12 else dt.date(year, last_month + 1, 1)
        self.last = next_first - dt.timedelta(days=1)

    @staticmethod
    def parse(text):
        m = re.fullmatch(r"(\d{4})(?:-(?:(Q)([1-4])|(H)([12])|(\d{2})))?", text.strip())
        if not m:
            raise SystemExit(f"unknown period {text!r}")
        year = int(m.group(1))
        if m.group(2):
            return Period("quarter", year, int(m.group(3)))
        if m.group(4):
            return Period("half", year, int(m.group(5)))
        if m.group(6):
            month = int(m.group(6))
            if not 1 <= month <= 12:
                raise SystemExit(f"unknown period {text!r}")
            return Period("month", year, month)
        return Period("year", year, 1)

    @property
    def previous(self):
        per_year = {"year": 1, "half": 2, "quarter": 4, "month": 12}[self.kind]
        if self.index > 1:
            return Period(self.kind, self.year, self.index - 1)
        return Period(self.kind, self.year - 1, per_year)


# ──────────────────────────────────────────────────────────────────────────────────────────
# Reading an export: header names normalised as ours does (spaces, brackets, case,
# underscores), the header row found among the first 10 records, DuckDB reading the rest.
# ──────────────────────────────────────────────────────────────────────────────────────────
_BRACKETS = str.maketrans({"（": "(", "【": "(", "[": "(", "〔": "(", "［": "(",
                           "）": ")", "】": ")", "]": ")", "〕": ")", "］": ")", "：": ":", "，": ","})


def normalise_header(text):
    text = re.sub(r"[ \t\r\n\u3000\u00a0\ufeff*＊※_]", "", text).translate(_BRACKETS)
    return "".join(ch.lower() if "A" <= ch <= "Z" else ch for ch in text)


# key (the SQL column name) → accepted headers (Chinese, English alias, other spellings)
SPECS = {
    "service_tickets": {
        "ticket_id": ["办件编号", "ticket_id"], "hall": ["受理大厅", "hall"], "township": ["镇街", "township"],
        "department": ["部门", "department"], "item_code": ["事项编码", "item_code"],
        "channel": ["办理渠道", "channel"], "received_at": ["受理时间", "received_at"],
        "completed_at": ["办结时间", "completed_at"], "steps": ["办理环节数", "steps"],
        "visits": ["跑动次数", "visits"], "rating": ["评价", "rating"],
        "wait_minutes": ["等候时长(分钟)", "wait_minutes", "等候时长"],
        "suspended_days": ["特殊环节(工作日)", "suspended_days", "特殊环节"],
    },
    "coal_deliveries": {
        "record_id": ["登记编号", "record_id"], "township": ["镇街", "township", "镇(街道)"],
        "village": ["村居", "village", "村名", "村(社区)"], "household_id": ["户号", "household_id"],
        "buyer": ["购买人", "buyer", "购买人签字"], "phone": ["联系电话", "phone"],
        "coal_type": ["煤炭品种", "coal_type", "清洁煤炭品种"], "batch": ["批号", "batch"],
        "tons": ["购买数量(吨)", "tons", "购买数量", "数量(吨)"],
        "unit_price": ["购买单价(元)", "unit_price", "购买单价", "单价(元)"],
        "amount": ["总金额(元)", "amount", "总金额", "金额(元)"], "company": ["配送企业", "company", "配送企业名称"],
        "courier": ["配送人", "courier", "配送人签字"], "date": ["配送日期", "date", "配送时间"],
    },
    "stove_installs": {
        "record_id": ["登记编号", "record_id"], "township": ["镇街", "township", "镇(街道)"],
        "village": ["村居", "village", "村名", "村(社区)"], "household_id": ["户号", "household_id"],
        "buyer": ["购买人", "buyer", "购买人签字", "购户姓名"], "phone": ["联系电话", "phone"],
        "model": ["炉具型号", "model", "型号"],
        "count": ["购买数量(台)", "count", "购买数量(个)", "炉具数量(个)", "购买数量", "数量(台)"],
        "unit_price": ["购买单价(元)", "unit_price", "购买单价", "单价(元)"],
        "amount": ["总金额(元)", "amount", "总金额", "金额(元)"], "company": ["配送企业", "company", "配送企业名称"],
        "installer": ["安装人", "installer", "炉具安装人", "炉具安装人签字"],
        "date": ["安装日期", "date", "安装时间", "配送时间"],
    },
    "coal_quality": {
        "batch": ["批号", "batch"], "supplier": ["供应企业", "supplier", "生产企业", "配送企业"],
        "coal_type": ["煤炭品种", "coal_type"], "date": ["抽检日期", "date", "检测日期"],
        "sulfur": ["全硫St,d(%)", "sulfur", "全硫", "全硫St,d", "St,d(%)", "St,d"],
        "ash": ["灰分Ad(%)", "ash", "灰分", "灰分Ad", "Ad(%)", "Ad"],
        "volatile": ["挥发分Vdaf(%)", "volatile", "挥发分", "挥发分Vdaf", "Vdaf(%)", "Vdaf"],
        "heat": ["发热量Qnet,ar(MJ/kg)", "heat", "发热量", "发热量Qnet,ar", "Qnet,ar(MJ/kg)", "Qnet,ar"],
        "moisture": ["全水分Mt(%)", "moisture", "全水分", "全水分Mt", "Mt(%)", "Mt"],
    },
    "townships": {"township": ["镇街", "township"], "aliases": ["别名", "aliases"], "ord": ["排序", "order"]},
    "quotas": {"year": ["年度", "year"], "township": ["镇街", "township"],
               "coal_quota_t": ["清洁煤炭任务(吨)", "coal_quota_t"], "stove_quota": ["节能炉具任务(台)", "stove_quota"]},
    "calendar": {"date": ["日期", "date"], "kind": ["类型", "kind"], "name": ["名称", "name"]},
    "service_items": {"item_code": ["事项编码", "item_code"], "item_name": ["事项名称", "item_name"],
                      "department": ["部门", "department"], "statutory_days": ["法定时限", "statutory_days"],
                      "committed_days": ["承诺时限", "committed_days"], "immediate": ["即办件", "immediate"],
                      "complex": ["复杂事项", "complex"]},
    "vocabularies": {"vocabulary": ["词表", "vocabulary"], "value": ["标准值", "value"],
                     "synonyms": ["同义词", "synonyms"]},
}
# The column whose emptiness (or a 合计/小计/总计 in it) marks a row that is not data.
ID_COLUMN = {"service_tickets": "ticket_id", "coal_deliveries": "record_id", "stove_installs": "record_id",
             "coal_quality": "batch", "townships": "township", "quotas": "year", "calendar": "date",
             "service_items": "item_code", "vocabularies": "vocabulary"}

_temp_files = []


def _encoding_of_head(path):
    with open(path, "rb") as f:
        head = f.read(1 << 20)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", head
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(head, final=False)
        return "utf-8", head
    except UnicodeDecodeError:
        return "gb18030", head


def _to_utf8(path):
    """A UTF-8 copy of a GB18030 file (iconv), removed at exit."""
    fd, out = tempfile.mkstemp(prefix="duckdb_peer_", suffix=".csv")
    os.close(fd)
    _temp_files.append(out)
    with open(out, "wb") as sink:
        subprocess.run(["iconv", "-f", "GB18030", "-t", "UTF-8", path], stdout=sink, check=True)
    return out


def _header_position(text, spec):
    """(lines before the header record, header cells) of the record among the first 10 that
    names the most known columns."""
    known = {normalise_header(name): key for key, names in spec.items() for name in names}
    reader = csv.reader(io.StringIO(text))
    best = None
    lines_before = 0
    for number in range(10):
        try:
            record = next(reader)
        except (StopIteration, csv.Error):
            break
        hits = len({known[normalise_header(c)] for c in record if normalise_header(c) in known})
        if hits and (best is None or hits > best[0]):
            best = (hits, lines_before, record)
        lines_before = reader.line_num
    if best is None:
        raise SystemExit("no known header in the first 10 records")
    _, skip, record = best
    names = []
    for position, cell in enumerate(record):
        key = known.get(normalise_header(cell))
        if key is None or key in names:
            key = f"_ignored_{position}"
        names.append(key)
    return skip, names


def load_export(con, path, name, materialise=True, used=None):
    """Creates `name` (a table in file order, its rowid the record order, or a view) with one
    trimmed VARCHAR column per key of SPECS[name] (NULL when the file lacks the column, the
    value is empty, or the key is not among `used`). Rows without their ID and 合计/小计/总计
    rows are dropped."""
    spec = SPECS[name]
    encoding, head = _encoding_of_head(path)
    text = head.decode(encoding, errors="replace")
    skip, names = _header_position(text, spec)
    source = _to_utf8(path) if encoding == "gb18030" else path

    def create(source):
        columns = "{" + ", ".join(f"'{n}': 'VARCHAR'" for n in names) + "}"
        selected = ", ".join(f"clean({k}) AS {k}" if k in names and (used is None or k in used or k == ID_COLUMN[name])
                             else f"CAST(NULL AS VARCHAR) AS {k}" for k in spec)
        id_column = ID_COLUMN[name]
        words = ", ".join(f"'{w}'" for w in TOTAL_WORDS)
        escaped = source.replace("'", "''")
        reader = f"""read_csv('{escaped}', header = false, skip = {skip + 1}, auto_detect = false,
                              delim = ',', quote = '"', escape = '"', columns = {columns},
                              null_padding = true, strict_mode = false)"""
        if not materialise:  # a view is read later: let a decoding error surface here, cheaply
            con.execute(f"SELECT count(*) FROM {reader}").fetchall()
        con.execute(f"""
            CREATE OR REPLACE {'TABLE' if materialise else 'VIEW'} {name} AS
            SELECT * FROM (SELECT {selected} FROM {reader})
            -- not data: rows without an ID (blank or separator-only rows, a 合计 row whose
            -- label sits in another column) and rows whose ID cell is the total's label
            WHERE {id_column} IS NOT NULL AND {id_column} NOT IN ({words})
        """)

    try:
        create(source)
    except duckdb.Error as error:
        if source != path or "unicode" not in str(error).lower():
            raise
        create(_to_utf8(path))  # UTF-8 at the start, GB18030 further on


# ──────────────────────────────────────────────────────────────────────────────────────────
# SQL helpers shared by both jobs.
# ──────────────────────────────────────────────────────────────────────────────────────────
MACROS = r"""
-- A field as our reader sees it: trimmed of ASCII, ideographic and no-break spaces and tabs;
-- empty is NULL. (trim with a character set is slow: only used when such a character is there.)
CREATE OR REPLACE MACRO clean(x) AS nullif(
    CASE WHEN contains(x, chr(12288)) OR contains(x, chr(160)) OR contains(x, chr(9)) THEN trim(x, '<SPACES>')
         ELSE trim(x) END, '');

-- A number's text: full-width digits folded, thousands separators, a leading ¥ and a trailing
-- unit (吨, 元, 台, 分钟, ...) removed.
CREATE OR REPLACE MACRO num(x) AS CASE
    WHEN TRY_CAST(x AS DECIMAL(38, 10)) IS NOT NULL THEN x
    ELSE nullif(regexp_replace(replace(replace(replace(
             translate(x, '０１２３４５６７８９．－', '0123456789.-'), ',', ''), '¥', ''), '￥', ''),
         '\s*[^0-9.]+$', ''), '')
END;

-- Tons → integer kilograms, yuan → integer fen, minutes → tenths (half up), whole counts.
CREATE OR REPLACE MACRO kg(x) AS CAST(CAST(num(x) AS DECIMAL(38, 3)) * 1000 AS BIGINT);
CREATE OR REPLACE MACRO fen(x) AS CAST(CAST(num(x) AS DECIMAL(38, 2)) * 100 AS BIGINT);
CREATE OR REPLACE MACRO tenths(x) AS CAST(round(CAST(num(x) AS DECIMAL(38, 10)) * 10) AS BIGINT);
CREATE OR REPLACE MACRO whole(x) AS CAST(CAST(num(x) AS DECIMAL(38, 0)) AS BIGINT);

-- A date: 2018-09-28, 2018/9/28, 2018.9.28, 2018年9月28日, 20180928, each optionally with a time
-- (ignored: only the day counts in these reports).
CREATE OR REPLACE MACRO parse_day(x) AS CASE
    WHEN strlen(x) >= 10 AND substr(x, 5, 1) = '-' AND substr(x, 8, 1) = '-' AND substr(x, 11, 1) IN ('', ' ', 'T')
        THEN TRY_CAST(substr(x, 1, 10) AS DATE)
    WHEN regexp_matches(translate(x, '０１２３４５６７８９', '0123456789'), '^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}')
        THEN TRY(make_date(
            CAST(regexp_extract(translate(x, '０１２３４５６７８９', '0123456789'), '^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})', 1) AS INTEGER),
            CAST(regexp_extract(translate(x, '０１２３４５６７８９', '0123456789'), '^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})', 2) AS INTEGER),
            CAST(regexp_extract(translate(x, '０１２３４５６７８９', '0123456789'), '^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})', 3) AS INTEGER)))
    WHEN regexp_matches(x, '^\d{8}$') THEN TRY_STRPTIME(x, '%Y%m%d')::DATE
END;

-- A rate n/d in tenths of a percent, rounded half up on the magnitude (四舍五入, away from
-- zero), exact in integers; NULL when d is 0.
CREATE OR REPLACE MACRO rate_tenths(n, d) AS CASE WHEN d IS NULL OR d = 0 THEN NULL ELSE
    sign(n) * sign(d) * ((2 * abs(CAST(n AS HUGEINT)) * 1000 + abs(CAST(d AS HUGEINT))) // (2 * abs(CAST(d AS HUGEINT))))
END;

-- Tenths as text with one decimal (-25 → -2.5); '' for NULL.
CREATE OR REPLACE MACRO fmt_tenths(t) AS CASE WHEN t IS NULL THEN '' ELSE
    CASE WHEN t < 0 THEN '-' ELSE '' END || CAST(abs(t) // 10 AS VARCHAR) || '.' || CAST(abs(t) % 10 AS VARCHAR)
END;
CREATE OR REPLACE MACRO fmt_rate(n, d) AS fmt_tenths(rate_tenths(n, d));

-- Integer units of 10^-k as text with k decimals: tons from kilograms, yuan from fen.
CREATE OR REPLACE MACRO fmt_scaled(v, k) AS
    CASE WHEN v < 0 THEN '-' ELSE '' END || CAST(abs(v) // CAST(10 ** k AS BIGINT) AS VARCHAR) || '.'
    || lpad(CAST(abs(v) % CAST(10 ** k AS BIGINT) AS VARCHAR), k, '0');
CREATE OR REPLACE MACRO fmt_tons(kg) AS fmt_scaled(kg, 3);
CREATE OR REPLACE MACRO fmt_yuan(f) AS fmt_scaled(f, 2);
CREATE OR REPLACE MACRO fmt_int(v) AS coalesce(CAST(v AS VARCHAR), '');

-- A score as shown and ranked: tenths of a point, half up (the tiny epsilon absorbs binary
-- floating point just below a half, as ours does).
CREATE OR REPLACE MACRO score_tenths(s) AS CAST(floor(s * 10 + 0.5 + 1e-9) AS BIGINT);
CREATE OR REPLACE MACRO rank_change(cur, prev) AS CASE
    WHEN cur IS NULL OR prev IS NULL OR cur = prev THEN '—'
    WHEN cur < prev THEN '↑' || CAST(prev - cur AS VARCHAR)
    ELSE '↓' || CAST(cur - prev AS VARCHAR)
END;

-- Formula-injection escape of text taken from the inputs (OWASP): a leading ' before = + - @
-- tab CR LF.
CREATE OR REPLACE MACRO esc(x) AS CASE
    WHEN left(x, 1) IN ('=', '+', '-', '@', chr(9), chr(13), chr(10)) THEN '''' || x ELSE coalesce(x, '') END;

-- Personal data as ours masks it by default. 户号: first 2 and last 2 characters shown, at
-- least 4 hidden (2–4 characters: the last one shown); names: first and last kept.
CREATE OR REPLACE MACRO mask_household(x) AS CASE
    WHEN x IS NULL OR length(x) = 0 THEN ''
    WHEN length(x) = 1 THEN '*'
    WHEN length(x) <= 4 THEN repeat('*', length(x) - 1) || right(x, 1)
    ELSE left(x, least(2, length(x) - 4 - least(2, length(x) - 4)))
         || repeat('*', length(x) - least(2, length(x) - 4 - least(2, length(x) - 4)) - least(2, length(x) - 4))
         || right(x, least(2, length(x) - 4))
END;
CREATE OR REPLACE MACRO mask_name(x) AS CASE
    WHEN x IS NULL OR length(x) = 0 THEN ''
    WHEN length(x) = 1 THEN '*'
    WHEN length(x) = 2 THEN left(x, 1) || '*'
    ELSE left(x, 1) || repeat('*', length(x) - 2) || right(x, 1)
END;
""".replace("<SPACES>", " \t\u3000\u00a0")

REFERENCE_SQL = """
-- Townships in directory order (排序, then name), each reachable by its name and aliases
-- (spaces ignored, as ours does).
CREATE TABLE township_dir AS
SELECT township AS name, row_number() OVER (ORDER BY CAST(ord AS INTEGER), township) AS ord,
       coalesce(aliases, '') AS aliases
FROM townships;
CREATE TABLE township_alias AS
SELECT DISTINCT regexp_replace(spelling, '[ \t\u3000\u00a0]', '', 'g') AS spelling, name, ord
FROM (SELECT name, ord, name AS spelling FROM township_dir
      UNION ALL
      SELECT name, ord, clean(unnest(string_split(aliases, '|'))) FROM township_dir)
WHERE spelling IS NOT NULL;

-- Vocabulary spellings → standard value (the standard value spells itself).
CREATE TABLE vocab AS
SELECT DISTINCT vocabulary, spelling, standard FROM (
    SELECT vocabulary, value AS spelling, value AS standard FROM vocabularies
    UNION ALL
    SELECT vocabulary, clean(unnest(string_split(coalesce(synonyms, ''), '|'))), value FROM vocabularies)
WHERE spelling IS NOT NULL;
CREATE OR REPLACE MACRO is_yes(x) AS coalesce(
    (SELECT standard = '是' FROM vocab WHERE vocabulary = '是否' AND spelling = x), false);
"""

BUILTIN_VOCABULARIES = """词表,标准值,同义词
办理渠道,窗口,窗口办理|现场窗口
办理渠道,网上,网上办理|网办|网上办事大厅
办理渠道,自助终端,自助机|自助服务终端
办理渠道,手机APP,手机App|移动端APP
评价,非常满意,
评价,满意,
评价,基本满意,
评价,不满意,
评价,非常不满意,
煤炭品种,兰炭,
煤炭品种,无烟块煤,
煤炭品种,洁净型煤,
是否,是,Y|yes|true|1
是否,否,N|no|false|0
"""


# ──────────────────────────────────────────────────────────────────────────────────────────
# service (SPEC §3, §4.3, §4.4)
# ──────────────────────────────────────────────────────────────────────────────────────────
SERVICE_SQL = """
-- ── working days: one row per day of the covered years, with a cumulative working-day index.
-- A day works unless it is a weekend day not marked 班, or it is marked 休. The elapsed working
-- days after day a through day b are then cum(b) − cum(a).
CREATE TABLE calendar_days AS
WITH marks AS (SELECT DISTINCT parse_day(date) AS day, kind FROM calendar),
     years AS (SELECT DISTINCT year(day) AS y FROM marks),
     span AS (SELECT CAST(unnest(generate_series(make_date(min(y), 1, 1), make_date(max(y), 12, 31),
                                                 INTERVAL 1 DAY)) AS DATE) AS day FROM years),
     flagged AS (
        SELECT s.day, year(s.day) IN (SELECT y FROM years) AS covered,
               CASE m.kind WHEN '休' THEN 0 WHEN '班' THEN 1
                           ELSE CASE WHEN dayofweek(s.day) IN (0, 6) THEN 0 ELSE 1 END END AS working
        FROM span s LEFT JOIN marks m USING (day))
SELECT day, covered, working, CAST(sum(working) OVER (ORDER BY day) AS INTEGER) AS cum FROM flagged;

-- ── catalogue: items in file order; departments in order of first appearance; the 30% rule
-- in integers (committed × 100 ≤ statutory × percent; statutory 0 complies only with 0).
CREATE TABLE items AS
WITH raw AS (SELECT rowid AS item_ord, min(rowid) OVER (PARTITION BY department) AS first_of_department, *
             FROM service_items)
SELECT item_ord, item_code AS code, department,
       CAST(dense_rank() OVER (ORDER BY first_of_department) AS INTEGER) AS dept_ord,
       CAST(whole(statutory_days) AS INTEGER) AS statutory, CAST(whole(committed_days) AS INTEGER) AS committed,
       is_yes(immediate) AS immediate,
       CASE WHEN is_yes(complex) THEN 'exempt'
            WHEN whole(committed_days) * 100 <= whole(statutory_days) * {rule_percent} THEN 'compliant'
            ELSE 'noncompliant' END AS status
FROM raw;

-- ── tickets: parsed, with their item's limits, resolved township and elapsed working days;
-- kept narrow (ids, days and integers; names are joined back per group at the end). Only
-- tickets that can touch the two periods: received by the period end, and received or
-- completed on or after the previous period's start, or still open at the period end.
CREATE TABLE tickets AS
WITH raw AS (
    SELECT item_code, regexp_replace(township, '[ \t\u3000\u00a0]', '', 'g') AS township, channel, rating,
           parse_day(received_at) AS received_day, parse_day(completed_at) AS completed_day,
           whole(steps) AS steps, whole(visits) AS visits, tenths(wait_minutes) AS wait_tenths,
           coalesce(whole(suspended_days), 0) AS suspended
    FROM service_tickets)
SELECT i.item_ord, i.dept_ord, tw.ord AS township_ord, i.statutory, i.committed, i.immediate, i.status,
       r.received_day, r.completed_day, ch.standard IN ('网上', '手机APP') AS online,
       CAST(r.steps AS INTEGER) AS steps, CAST(r.visits AS INTEGER) AS visits,
       -- 1: satisfied (非常满意, 满意, 基本满意), 2: dissatisfied (不满意, 非常不满意), NULL: not rated
       CAST(CASE WHEN rt.standard IN ('非常满意', '满意', '基本满意') THEN 1 WHEN rt.standard IS NOT NULL THEN 2 END
            AS TINYINT) AS rating_class,
       CAST(r.wait_tenths AS INTEGER) AS wait_tenths,
       -- elapsed working days of a completed ticket, less 特殊环节, never below 0
       CAST(greatest(0, cc.cum - cr.cum - r.suspended) AS INTEGER) AS elapsed,
       -- the same through the period end, for a ticket still open then
       CAST(greatest(0, (SELECT cum FROM calendar_days WHERE day = DATE '{cur_last}') - cr.cum - r.suspended)
            AS INTEGER) AS elapsed_at_end
FROM raw r
JOIN items i ON i.code = r.item_code
JOIN vocab ch ON ch.vocabulary = '办理渠道' AND ch.spelling = r.channel
LEFT JOIN vocab rt ON rt.vocabulary = '评价' AND rt.spelling = r.rating
LEFT JOIN township_alias tw ON tw.spelling = r.township
JOIN calendar_days cr ON cr.day = r.received_day AND cr.covered
LEFT JOIN calendar_days cc ON cc.day = r.completed_day
WHERE r.received_day <= DATE '{cur_last}'
  AND (r.completed_day IS NULL OR r.completed_day >= DATE '{prev_first}' OR r.received_day >= DATE '{prev_first}'
       OR r.completed_day > DATE '{cur_last}');

-- ── per period slot (0 = the report period, 1 = the previous one, for rank change): what each
-- ticket counts for. 超期在办 only at the report period's end.
CREATE VIEW slot_facts AS
SELECT 0 AS slot, t.*,
       t.received_day BETWEEN DATE '{cur_first}' AND DATE '{cur_last}' AS is_received,
       coalesce(t.completed_day BETWEEN DATE '{cur_first}' AND DATE '{cur_last}', false) AS is_completed,
       (t.completed_day IS NULL OR t.completed_day > DATE '{cur_last}') AND t.elapsed_at_end > t.committed AS is_overdue
FROM tickets t
UNION ALL
SELECT 1 AS slot, t.*,
       t.received_day BETWEEN DATE '{prev_first}' AND DATE '{prev_last}',
       coalesce(t.completed_day BETWEEN DATE '{prev_first}' AND DATE '{prev_last}', false),
       false
FROM tickets t WHERE {prev_covered};

-- Each ticket counts for its department and, when it names one, its township (groups are
-- numbered by their display order: catalogue order, directory order).
CREATE VIEW group_facts AS
SELECT 'department' AS kind, dept_ord AS grp, * FROM slot_facts WHERE is_received OR is_completed OR is_overdue
UNION ALL
SELECT 'township' AS kind, township_ord AS grp, * FROM slot_facts
WHERE township_ord IS NOT NULL AND (is_received OR is_completed OR is_overdue);

-- ── ticket counts per group and slot.
CREATE TABLE ticket_counts AS
SELECT kind, grp, slot,
       count(*) FILTER (WHERE is_received) AS received,
       count(*) FILTER (WHERE is_completed) AS completed,
       coalesce(sum(statutory) FILTER (WHERE is_completed AND statutory > 0), 0) AS statutory_total,
       coalesce(sum(elapsed) FILTER (WHERE is_completed AND statutory > 0), 0) AS elapsed_total,
       count(*) FILTER (WHERE is_completed AND elapsed <= committed) AS on_time,
       count(*) FILTER (WHERE is_overdue) AS overdue,
       count(*) FILTER (WHERE is_completed AND immediate) AS immediate,
       count(*) FILTER (WHERE is_completed AND steps <= {max_steps}) AS within_steps,
       count(*) FILTER (WHERE is_completed AND online) AS online,
       count(*) FILTER (WHERE is_completed AND visits <= 1) AS one_visit,
       count(*) FILTER (WHERE is_completed AND visits = 0) AS zero_visits,
       count(*) FILTER (WHERE is_completed AND rating_class IS NOT NULL) AS rated,
       count(*) FILTER (WHERE is_completed AND rating_class = 1) AS satisfied,
       count(*) FILTER (WHERE is_completed AND rating_class = 2) AS dissatisfied
FROM group_facts GROUP BY kind, grp, slot;

-- ── the 30% rule per group: a department's non-exempt catalogue items; a township's distinct
-- non-exempt items it completed tickets for in the slot. 平均承诺压缩率 exactly: the fractions
-- (statutory − committed) / statutory summed over the least common multiple of the statutory
-- limits, then rounded half up like any rate.
CREATE TABLE item_rule AS
WITH lcm_all AS (
    SELECT coalesce(list_reduce(list(DISTINCT CAST(statutory AS HUGEINT)), lambda a, b: lcm(a, b)), 1) AS l
    FROM items WHERE statutory > 0),
completed_items AS (
    SELECT DISTINCT township_ord, slot, item_ord FROM slot_facts WHERE township_ord IS NOT NULL AND is_completed),
assessed AS (
    SELECT 'department' AS kind, dept_ord AS grp, s.slot, status, statutory, committed
    FROM items, (VALUES (0), (1)) s(slot) WHERE status <> 'exempt'
    UNION ALL
    SELECT 'township', c.township_ord, c.slot, i.status, i.statutory, i.committed
    FROM completed_items c JOIN items i USING (item_ord) WHERE i.status <> 'exempt')
SELECT kind, grp, slot,
       count(*) AS assessed,
       count(*) FILTER (WHERE status = 'compliant') AS compliant,
       rate_tenths(sum((statutory - committed) * ((SELECT l FROM lcm_all) // nullif(statutory, 0))) FILTER (WHERE statutory > 0),
                   (SELECT l FROM lcm_all) * count(*) FILTER (WHERE statutory > 0)) AS compression_tenths
FROM assessed GROUP BY kind, grp, slot;

-- ── wait times of completed tickets in the report period, as a histogram per group (value in
-- tenths → tickets); mean half up, median (mean of the two middle values, half up), nearest-
-- rank 90th percentile (the value at rank ⌈0.9 n⌉ = ⌊(9n + 9) / 10⌋).
CREATE TABLE wait_stats AS
WITH histogram AS (
    SELECT kind, grp, wait_tenths AS w, count(*) AS c
    FROM group_facts WHERE slot = 0 AND is_completed AND wait_tenths IS NOT NULL
    GROUP BY kind, grp, wait_tenths),
running AS (
    SELECT *, sum(c) OVER (PARTITION BY kind, grp ORDER BY w) AS upto,
              sum(c) OVER (PARTITION BY kind, grp) AS n,
              sum(w * c) OVER (PARTITION BY kind, grp) AS total
    FROM histogram)
SELECT kind, grp, any_value(n) AS n,
       (2 * any_value(total) + any_value(n)) // (2 * any_value(n)) AS mean_tenths,
       CASE WHEN any_value(n) % 2 = 1 THEN min(w) FILTER (WHERE upto >= (n + 1) // 2)
            ELSE (min(w) FILTER (WHERE upto >= n // 2) + min(w) FILTER (WHERE upto >= n // 2 + 1) + 1) // 2
       END AS median_tenths,
       min(w) FILTER (WHERE upto >= (9 * n + 9) // 10) AS p90_tenths
FROM running GROUP BY kind, grp;

-- ── every group of each kind, numbered in display order: departments in catalogue order,
-- townships in directory order.
CREATE TABLE groups AS
SELECT DISTINCT 'department' AS kind, dept_ord AS grp, department AS name FROM items
UNION ALL
SELECT 'township', ord, name FROM township_dir;

-- ── scores (SPEC §4.3): the weighted mean of 时限达标事项率, 按时办结率, 一次办好率, 网办率 and
-- 满意率 in percent over the rates defined for the group; no score without a completed ticket.
-- Floating point in the order ours adds the terms. Ranks: standard competition ranking on the
-- score shown with one decimal.
CREATE TABLE scored AS
WITH joined AS (
    SELECT g.kind, g.grp, g.name, s.slot,
           coalesce(c.received, 0) AS received, coalesce(c.completed, 0) AS completed,
           coalesce(r.assessed, 0) AS assessed, coalesce(r.compliant, 0) AS compliant, r.compression_tenths,
           coalesce(c.statutory_total, 0) AS statutory_total, coalesce(c.elapsed_total, 0) AS elapsed_total,
           coalesce(c.on_time, 0) AS on_time, coalesce(c.overdue, 0) AS overdue,
           coalesce(c.immediate, 0) AS immediate, coalesce(c.within_steps, 0) AS within_steps,
           coalesce(c.online, 0) AS online, coalesce(c.one_visit, 0) AS one_visit,
           coalesce(c.zero_visits, 0) AS zero_visits, coalesce(c.rated, 0) AS rated,
           coalesce(c.satisfied, 0) AS satisfied, coalesce(c.dissatisfied, 0) AS dissatisfied
    FROM groups g CROSS JOIN (VALUES (0), (1)) s(slot)
    LEFT JOIN ticket_counts c ON c.kind = g.kind AND c.grp = g.grp AND c.slot = s.slot
    LEFT JOIN item_rule r ON r.kind = g.kind AND r.grp = g.grp AND r.slot = s.slot
    WHERE s.slot = 0 OR {prev_covered}),
terms AS (
    SELECT *,
           CASE WHEN assessed > 0 AND {w_item} > 0 THEN {w_item} * (CAST(compliant AS DOUBLE) / assessed) * 100 END AS t1,
           CASE WHEN completed > 0 AND {w_on_time} > 0 THEN {w_on_time} * (CAST(on_time AS DOUBLE) / completed) * 100 END AS t2,
           CASE WHEN completed > 0 AND {w_one_visit} > 0 THEN {w_one_visit} * (CAST(one_visit AS DOUBLE) / completed) * 100 END AS t3,
           CASE WHEN completed > 0 AND {w_online} > 0 THEN {w_online} * (CAST(online AS DOUBLE) / completed) * 100 END AS t4,
           CASE WHEN rated > 0 AND {w_satisfaction} > 0 THEN {w_satisfaction} * (CAST(satisfied AS DOUBLE) / rated) * 100 END AS t5
    FROM joined),
scores AS (
    SELECT *,
           CASE WHEN completed > 0 AND (t1 IS NOT NULL OR t2 IS NOT NULL OR t3 IS NOT NULL OR t4 IS NOT NULL OR t5 IS NOT NULL)
                THEN (coalesce(t1, 0.0) + coalesce(t2, 0.0) + coalesce(t3, 0.0) + coalesce(t4, 0.0) + coalesce(t5, 0.0))
                     / (CASE WHEN t1 IS NULL THEN 0.0 ELSE {w_item} END + CASE WHEN t2 IS NULL THEN 0.0 ELSE {w_on_time} END
                        + CASE WHEN t3 IS NULL THEN 0.0 ELSE {w_one_visit} END + CASE WHEN t4 IS NULL THEN 0.0 ELSE {w_online} END
                        + CASE WHEN t5 IS NULL THEN 0.0 ELSE {w_satisfaction} END)
           END AS score
    FROM terms)
SELECT *, score_tenths(score) AS shown,
       CASE WHEN score IS NOT NULL THEN rank() OVER (PARTITION BY kind, slot ORDER BY score_tenths(score) DESC NULLS LAST) END AS rnk
FROM scores;

-- ── the report rows, in ranking order (ties and unranked groups in display order, unranked last).
CREATE TABLE service_rows AS
SELECT c.kind, row_number() OVER (PARTITION BY c.kind ORDER BY c.shown DESC NULLS LAST, c.grp) AS row_ord,
       esc(c.name) AS name, fmt_int(c.rnk) AS rank, rank_change(c.rnk, p.rnk) AS change, fmt_int(p.rnk) AS previous_rank,
       fmt_tenths(c.shown) AS score, fmt_int(c.received) AS received, fmt_int(c.completed) AS completed,
       fmt_int(c.assessed) AS assessed, fmt_int(c.compliant) AS compliant, fmt_rate(c.compliant, c.assessed) AS compliant_rate,
       fmt_tenths(c.compression_tenths) AS compression,
       fmt_int(c.statutory_total) AS statutory_total, fmt_int(c.elapsed_total) AS elapsed_total,
       fmt_rate(c.statutory_total - c.elapsed_total, c.statutory_total) AS actual_compression,
       fmt_int(c.on_time) AS on_time, fmt_rate(c.on_time, c.completed) AS on_time_rate, fmt_int(c.overdue) AS overdue,
       fmt_int(c.immediate) AS immediate, fmt_rate(c.immediate, c.completed) AS immediate_rate,
       fmt_int(c.within_steps) AS within_steps, fmt_rate(c.within_steps, c.completed) AS within_steps_rate,
       fmt_int(c.online) AS online, fmt_rate(c.online, c.completed) AS online_rate,
       fmt_int(c.one_visit) AS one_visit, fmt_rate(c.one_visit, c.completed) AS one_visit_rate,
       fmt_int(c.zero_visits) AS zero_visits, fmt_rate(c.zero_visits, c.completed) AS zero_visit_rate,
       fmt_int(c.rated) AS rated, fmt_rate(c.rated, c.completed) AS rated_rate,
       fmt_int(c.satisfied) AS satisfied, fmt_rate(c.satisfied, c.rated) AS satisfied_rate,
       fmt_int(c.dissatisfied) AS dissatisfied, fmt_rate(c.dissatisfied, c.rated) AS dissatisfied_rate,
       fmt_int(coalesce(w.n, 0)) AS waits, fmt_tenths(w.mean_tenths) AS wait_mean,
       fmt_tenths(w.median_tenths) AS wait_median, fmt_tenths(w.p90_tenths) AS wait_p90
FROM scored c
LEFT JOIN scored p ON p.kind = c.kind AND p.grp = c.grp AND p.slot = 1
LEFT JOIN wait_stats w ON w.kind = c.kind AND w.grp = c.grp
WHERE c.slot = 0;
"""

SERVICE_HEADER = [
    "排名", "排名变化", "上期排名", "综合得分", "受理量", "办结量",
    "考核事项数", "时限达标事项数", "时限达标事项率(%)", "平均承诺压缩率(%)",
    "法定时限合计(工作日)", "实际用时合计(工作日)", "实际压缩率(%)",
    "按时办结量", "按时办结率(%)", "超期在办",
    "即办件办结量", "即办件比例(%)", "三环节以内办结量", "三环节以内率(%)",
    "网办量", "网办率(%)", "一次办好量", "一次办好率(%)", "零跑腿量", "零跑腿率(%)",
    "参评量", "参评率(%)", "满意量", "满意率(%)", "差评量", "差评率(%)",
    "等候记录数", "平均等候时长(分钟)", "等候时长中位数(分钟)", "等候时长90分位(分钟)",
]


# ──────────────────────────────────────────────────────────────────────────────────────────
# coal (SPEC §4.1, §4.4)
# ──────────────────────────────────────────────────────────────────────────────────────────
COAL_SQL = """
-- ── quotas of the directory's townships, in kilograms and stoves.
CREATE TABLE quota AS
SELECT whole(q.year) AS year, tw.name AS township, kg(q.coal_quota_t) AS coal_kg, whole(q.stove_quota) AS stoves
FROM quotas q JOIN township_alias tw ON tw.spelling = regexp_replace(q.township, '[ \t\u3000\u00a0]', '', 'g');

-- ── deliveries and installs: parsed, township resolved, and only the first row of each
-- 登记编号 in file order (an identical later row is a re-export counted once; a differing one
-- is a conflict, and the first counts). `line` is the row's position in the file.
CREATE TABLE deliveries AS
SELECT * FROM (
    SELECT r.rowid AS line, r.record_id, tw.name AS township, tw.ord AS township_ord, r.village,
           r.household_id AS household, coalesce(r.buyer, '') AS buyer,
           coalesce(ct.standard, r.coal_type, '') AS coal_type, coalesce(r.batch, '') AS batch,
           kg(r.tons) AS kg, parse_day(r.date) AS day
    FROM coal_deliveries r
    JOIN township_alias tw ON tw.spelling = regexp_replace(r.township, '[ \t\u3000\u00a0]', '', 'g')
    LEFT JOIN vocab ct ON ct.vocabulary = '煤炭品种' AND ct.spelling = r.coal_type)
QUALIFY row_number() OVER (PARTITION BY record_id ORDER BY line) = 1;

CREATE TABLE installs AS
SELECT * FROM (
    SELECT r.rowid AS line, r.record_id, tw.name AS township, tw.ord AS township_ord, r.village,
           r.household_id AS household, coalesce(r.buyer, '') AS buyer,
           whole(r.count) AS stoves, parse_day(r.date) AS day
    FROM stove_installs r
    JOIN township_alias tw ON tw.spelling = regexp_replace(r.township, '[ \t\u3000\u00a0]', '', 'g'))
QUALIFY row_number() OVER (PARTITION BY record_id ORDER BY line) = 1;

-- ── scope: the campaign window of the quota year (the year of the period's last day), counted
-- up to the period end; "within the period" from its first day. The previous period of the same
-- kind is placed in its own campaign, for rank change.
CREATE MACRO counted(d) AS d BETWEEN DATE '{campaign_first}' AND least(DATE '{campaign_last}', DATE '{cur_last}');
CREATE MACRO in_period(d) AS counted(d) AND d >= DATE '{cur_first}';
CREATE MACRO counted_before(d) AS d BETWEEN DATE '{prev_campaign_first}' AND least(DATE '{prev_campaign_last}', DATE '{prev_last}');

-- ── quality: a batch fails when any sample dated up to the period end breaks a limit (a value
-- at the limit passes); 全水分 only for 兰炭, the type being the sample's, else the first
-- non-empty type a delivery of the batch gives (file order).
CREATE TABLE batch_types AS
SELECT batch, arg_min(coal_type, line) AS coal_type FROM deliveries
WHERE batch <> '' AND coal_type <> '' GROUP BY batch;

CREATE TABLE failed_batches AS
SELECT DISTINCT s.batch
FROM (SELECT batch, coalesce(ct.standard, q.coal_type) AS coal_type, parse_day(q.date) AS day,
             CAST(num(sulfur) AS DECIMAL(38, 3)) AS sulfur, CAST(num(ash) AS DECIMAL(38, 3)) AS ash,
             CAST(num(volatile) AS DECIMAL(38, 3)) AS volatile, CAST(num(heat) AS DECIMAL(38, 3)) AS heat,
             CAST(num(moisture) AS DECIMAL(38, 3)) AS moisture
      FROM coal_quality q LEFT JOIN vocab ct ON ct.vocabulary = '煤炭品种' AND ct.spelling = q.coal_type) s
LEFT JOIN batch_types b USING (batch)
WHERE s.day <= DATE '{cur_last}'
  AND (s.sulfur > {sulfur_max} OR s.ash > {ash_max} OR s.volatile > {volatile_max} OR s.heat < {heat_min}
       OR (coalesce(s.coal_type, b.coal_type, '') IN ({lantan_types}) AND s.moisture > {moisture_max}));

-- ── the counted rows of the report.
CREATE TABLE coal_rows AS
SELECT d.*, in_period(d.day) AS in_period, d.batch IN (SELECT batch FROM failed_batches) AS failed
FROM deliveries d WHERE counted(d.day);
CREATE TABLE stove_rows AS
SELECT i.*, in_period(i.day) AS in_period FROM installs i WHERE counted(i.day);

-- ── subsidy per household across the district: coal min(eligible kg, cap) × fen per ton / 1000
-- half up (failed batches not eligible); stoves min(count, cap) × fen each.
CREATE TABLE household_subsidy AS
WITH coal AS (
    SELECT household, sum(kg) AS delivered_kg, coalesce(sum(kg) FILTER (WHERE failed), 0) AS failed_kg,
           coalesce(sum(kg) FILTER (WHERE NOT failed), 0) AS eligible_kg
    FROM coal_rows GROUP BY household),
stove AS (SELECT household, sum(stoves) AS stoves FROM stove_rows GROUP BY household),
areas AS (
    SELECT DISTINCT household, township_ord, township, village FROM coal_rows
    UNION
    SELECT DISTINCT household, township_ord, township, village FROM stove_rows),
townships AS (
    SELECT household, min(township_ord) AS first_township,
           string_agg(township, '、' ORDER BY township_ord) AS townships
    FROM (SELECT DISTINCT household, township_ord, township FROM areas) GROUP BY household),
villages AS (
    -- villages in the order of the areas sorted by (township, village), each once
    SELECT household, string_agg(village, '、' ORDER BY first_ord, village) AS villages
    FROM (SELECT household, village, min(township_ord) AS first_ord FROM areas GROUP BY household, village)
    GROUP BY household),
buyers AS (
    -- the first non-empty buyer name, deliveries before installs, in file order
    SELECT household, arg_min(buyer, (source, line)) AS buyer
    FROM (SELECT household, buyer, 0 AS source, line FROM coal_rows
          UNION ALL SELECT household, buyer, 1, line FROM stove_rows)
    WHERE buyer <> '' GROUP BY household),
totals AS (
    SELECT t.household, t.first_township, t.townships, v.villages, coalesce(b.buyer, '') AS buyer,
           coalesce(c.delivered_kg, 0) AS delivered_kg, coalesce(c.failed_kg, 0) AS failed_kg,
           coalesce(c.eligible_kg, 0) AS eligible_kg,
           least(coalesce(c.eligible_kg, 0), {cap_kg}) AS subsidised_kg,
           coalesce(s.stoves, 0) AS stoves, least(coalesce(s.stoves, 0), {stove_cap}) AS subsidised_stoves
    FROM townships t JOIN villages v USING (household)
    LEFT JOIN coal c USING (household) LEFT JOIN stove s USING (household) LEFT JOIN buyers b USING (household))
SELECT *, (subsidised_kg * {fen_per_ton} + 500) // 1000 AS coal_fen, subsidised_stoves * {stove_fen} AS stove_fen
FROM totals;

-- ── progress per township (directory order) and of the district.
CREATE TABLE progress AS
WITH coal AS (
    SELECT township, count(DISTINCT household) AS households, sum(kg) AS kg,
           coalesce(sum(kg) FILTER (WHERE in_period), 0) AS kg_in_period
    FROM coal_rows GROUP BY township),
stove AS (
    SELECT township, count(DISTINCT household) AS households, sum(stoves) AS stoves,
           coalesce(sum(stoves) FILTER (WHERE in_period), 0) AS stoves_in_period
    FROM stove_rows GROUP BY township),
before AS (  -- the previous period, cumulative in its own campaign
    SELECT township, sum(kg) AS kg, 0 AS stoves FROM deliveries WHERE counted_before(day) GROUP BY township
    UNION ALL
    SELECT township, 0, sum(stoves) FROM installs WHERE counted_before(day) GROUP BY township),
before_sum AS (SELECT township, sum(kg) AS kg, sum(stoves) AS stoves FROM before GROUP BY township)
SELECT t.name AS township, t.ord,
       q.coal_kg AS quota_kg, q.stoves AS quota_stoves,
       coalesce(c.households, 0) AS coal_households, coalesce(c.kg, 0) AS kg, coalesce(c.kg_in_period, 0) AS kg_in_period,
       coalesce(s.households, 0) AS stove_households, coalesce(s.stoves, 0) AS stoves,
       coalesce(s.stoves_in_period, 0) AS stoves_in_period,
       pq.coal_kg AS prev_quota_kg, pq.stoves AS prev_quota_stoves,
       coalesce(b.kg, 0) AS prev_kg, coalesce(b.stoves, 0) AS prev_stoves
FROM township_dir t
LEFT JOIN quota q ON q.township = t.name AND q.year = {quota_year}
LEFT JOIN quota pq ON pq.township = t.name AND pq.year = {prev_quota_year}
LEFT JOIN coal c ON c.township = t.name
LEFT JOIN stove s ON s.township = t.name
LEFT JOIN before_sum b ON b.township = t.name;

-- ── scores: 100 × (w_coal × min(coal completion, 1) + w_stove × min(stove completion, 1)) for a
-- township with both quotas above 0 once the campaign has begun; competition ranks on the score
-- shown with one decimal; the previous period ranked the same way.
CREATE TABLE ranked AS
WITH scores AS (
    SELECT *,
           CASE WHEN quota_kg > 0 AND quota_stoves > 0 AND {started}
                THEN 100 * ({w_coal} * least(CAST(kg AS DOUBLE) / quota_kg, 1) + {w_stove} * least(CAST(stoves AS DOUBLE) / quota_stoves, 1))
           END AS score,
           CASE WHEN prev_quota_kg > 0 AND prev_quota_stoves > 0 AND {prev_started}
                THEN 100 * ({w_coal} * least(CAST(prev_kg AS DOUBLE) / prev_quota_kg, 1) + {w_stove} * least(CAST(prev_stoves AS DOUBLE) / prev_quota_stoves, 1))
           END AS prev_score
    FROM progress)
SELECT *, score_tenths(score) AS shown,
       CASE WHEN score IS NOT NULL THEN rank() OVER (ORDER BY score_tenths(score) DESC NULLS LAST) END AS rnk,
       CASE WHEN prev_score IS NOT NULL THEN rank() OVER (ORDER BY score_tenths(prev_score) DESC NULLS LAST) END AS prev_rnk
FROM scores;

-- ── the ranking rows: townships in ranking order (ties and unranked in directory order,
-- unranked last), then the district (quotas summed over the listed ones, households distinct).
CREATE TABLE ranking_rows AS
WITH elapsed AS (SELECT rate_tenths({elapsed_days}, {campaign_days}) AS tenths),
rows AS (
    SELECT 0 AS part, row_number() OVER (ORDER BY shown DESC NULLS LAST, ord) AS row_ord, '镇街' AS row_type,
           rnk, esc(township) AS township, quota_kg, coal_households, kg, kg_in_period, quota_stoves,
           stove_households, stoves, stoves_in_period, shown, prev_rnk, rank_change(rnk, prev_rnk) AS change,
           CASE WHEN quota_kg IS NULL OR quota_stoves IS NULL THEN '未列任务，不参与排名'
                WHEN quota_kg > 0 AND quota_stoves <= 0 THEN '节能炉具任务为0，不参与排名'
                WHEN quota_kg <= 0 AND quota_stoves > 0 THEN '清洁煤炭任务为0，不参与排名'
                WHEN quota_kg <= 0 AND quota_stoves <= 0 THEN '任务为0，不参与排名'
                WHEN NOT {started} THEN '推广期尚未开始，不排名' END AS reason
    FROM ranked
    UNION ALL
    SELECT 1, 1, '全区合计', NULL, '全区',
           (SELECT sum(coal_kg) FROM quota WHERE year = {quota_year}),
           (SELECT count(DISTINCT household) FROM coal_rows), (SELECT coalesce(sum(kg), 0) FROM coal_rows),
           (SELECT coalesce(sum(kg) FILTER (WHERE in_period), 0) FROM coal_rows),
           (SELECT sum(stoves) FROM quota WHERE year = {quota_year}),
           (SELECT count(DISTINCT household) FROM stove_rows), (SELECT coalesce(sum(stoves), 0) FROM stove_rows),
           (SELECT coalesce(sum(stoves) FILTER (WHERE in_period), 0) FROM stove_rows),
           NULL, NULL, '', NULL),
shown AS (
    SELECT r.*, rate_tenths(kg, quota_kg) AS completion, e.tenths AS elapsed_share,
           rate_tenths(kg, quota_kg) - e.tenths AS gap
    FROM rows r, elapsed e)
SELECT part, row_ord, row_type, fmt_int(rnk) AS rank, township,
       CASE WHEN quota_kg IS NULL THEN '' ELSE fmt_tons(quota_kg) END AS quota,
       fmt_int(coal_households) AS coal_households, fmt_tons(kg) AS kg, fmt_tons(kg_in_period) AS kg_in_period,
       fmt_tenths(completion) AS completion, fmt_tenths(elapsed_share) AS elapsed_share, fmt_tenths(gap) AS gap,
       fmt_int(quota_stoves) AS quota_stoves, fmt_int(stove_households) AS stove_households,
       fmt_int(stoves) AS stoves, fmt_int(stoves_in_period) AS stoves_in_period,
       fmt_rate(stoves, quota_stoves) AS stove_completion, fmt_tenths(shown) AS score,
       fmt_int(prev_rnk) AS previous_rank, change,
       concat_ws('；', reason, CASE WHEN gap < 0 THEN '进度滞后' END) AS note
FROM shown;

CREATE TABLE subsidy_rows AS
SELECT row_number() OVER (ORDER BY first_township, household) AS row_ord,
       esc(mask_household(household)) AS household, esc(mask_name(buyer)) AS buyer,
       esc(townships) AS townships, esc(villages) AS villages,
       fmt_tons(delivered_kg) AS delivered, fmt_tons(failed_kg) AS failed, fmt_tons(eligible_kg) AS eligible,
       fmt_tons(subsidised_kg) AS subsidised, fmt_yuan(coal_fen) AS coal_yuan,
       fmt_int(stoves) AS stoves, fmt_int(subsidised_stoves) AS subsidised_stoves, fmt_yuan(stove_fen) AS stove_yuan,
       fmt_yuan(coal_fen + stove_fen) AS total_yuan,
       coal_fen + stove_fen AS total_fen  -- written as 大写 by Python's capital()
FROM household_subsidy;
"""

RANKING_HEADER = [
    "行类型", "排名", "镇街", "清洁煤炭任务(吨)", "累计配送户数", "累计配送量(吨)", "本期配送量(吨)", "煤炭完成率(%)",
    "时间进度(%)", "进度差(百分点)", "节能炉具任务(台)", "累计安装户数", "累计安装数(台)", "本期安装数(台)",
    "炉具完成率(%)", "得分", "上期排名", "排名变化", "备注",
]
SUBSIDY_HEADER = [
    "户号", "购买人", "镇街", "村居", "配送量(吨)", "不合格批次(吨)", "可补贴数量(吨)", "补贴数量(吨)", "煤炭补贴(元)",
    "炉具数量(台)", "补贴炉具(台)", "炉具补贴(元)", "补贴合计(元)", "补贴合计(大写)",
]


# ──────────────────────────────────────────────────────────────────────────────────────────
# 大写: Chinese capital numerals for an amount in fen (People's Bank rules), the one
# formatting function done in Python.
# ──────────────────────────────────────────────────────────────────────────────────────────
_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def _section(value):
    """1…9999 with 仟佰拾, one 零 per inner run of zeros, trailing zeros silent."""
    out, pending, started = "", False, False
    for position, unit in ((3, "仟"), (2, "佰"), (1, "拾"), (0, "")):
        digit = value // 10 ** position % 10
        if digit == 0:
            pending = pending or started
            continue
        if pending:
            out += "零"
        pending, started = False, True
        out += _DIGITS[digit] + unit
    return out


def _below_yi(value):
    if value < 10_000:
        return _section(value)
    rest = value % 10_000
    out = _section(value // 10_000) + "万"
    if rest:
        out += ("零" if rest < 1000 else "") + _section(rest)
    return out


def _yuan(value):
    if value < 100_000_000:
        return _below_yi(value)
    rest = value % 100_000_000
    out = _yuan(value // 100_000_000) + "亿"
    if rest:
        out += ("零" if rest < 10_000_000 else "") + _below_yi(rest)
    return out


def capital(fen):
    magnitude = abs(fen)
    yuan, jiao, cents = magnitude // 100, magnitude // 10 % 10, magnitude % 10
    text = "负" if fen < 0 else ""
    if yuan > 0:
        text += _yuan(yuan) + "元"
    elif jiao == 0 and cents == 0:
        return "零元整"
    if jiao > 0:
        if yuan > 0 and yuan % 10 == 0:
            text += "零"
        text += _DIGITS[jiao] + "角"
    if cents > 0:
        if yuan > 0 and jiao == 0:
            text += "零"
        text += _DIGITS[cents] + "分"
    else:
        text += "整"
    return text


# ──────────────────────────────────────────────────────────────────────────────────────────
# Driver
# ──────────────────────────────────────────────────────────────────────────────────────────
def write_csv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


def sql_number(text):
    """A policy value as a SQL decimal literal."""
    return str(Decimal(str(text)))


def campaign(year, policy):
    def day(key):
        month, dom = (int(part) for part in str(policy[key]).split("-"))
        return dt.date(year, month, dom)
    try:
        return day("coal.campaign_start"), day("coal.campaign_end")
    except ValueError:
        raise SystemExit(f"campaign dates do not exist in {year}")


def run_service(con, data, period, policy, out):
    load_export(con, os.path.join(data, "service_tickets.csv"), "service_tickets", materialise=False,
                used={"township", "item_code", "channel", "rating", "received_at", "completed_at", "steps", "visits",
                      "wait_minutes", "suspended_days"})
    previous = period.previous
    covered_years = {row[0] for row in con.execute(
        "SELECT DISTINCT year(parse_day(date)) FROM calendar").fetchall()}
    if not {period.first.year, period.last.year} <= covered_years:
        raise SystemExit(f"calendar.csv does not cover {period.first.year}")
    prev_covered = {previous.first.year, previous.last.year} <= covered_years
    weight = lambda key: repr(float(Decimal(str(policy["service.ranking_weights." + key]))))
    sql = SERVICE_SQL.format(
        cur_first=period.first, cur_last=period.last, prev_first=previous.first, prev_last=previous.last,
        prev_covered="true" if prev_covered else "false",
        rule_percent=int(Decimal(str(policy["service.committed_max_percent_of_statutory"]))),
        max_steps=int(Decimal(str(policy["service.max_steps"]))),
        w_item=weight("item_compliance"), w_on_time=weight("on_time"), w_one_visit=weight("one_visit"),
        w_online=weight("online"), w_satisfaction=weight("satisfaction"))
    con.execute(sql)
    for kind, header, file in (("department", "部门", "department_indicators.csv"),
                               ("township", "镇街", "township_indicators.csv")):
        rows = con.execute(
            "SELECT * EXCLUDE (kind, row_ord) FROM service_rows WHERE kind = ? ORDER BY row_ord", [kind]).fetchall()
        write_csv(os.path.join(out, "service", file), [header] + SERVICE_HEADER, rows)


def run_coal(con, data, period, policy, out):
    for name in ("coal_quality", "coal_deliveries", "stove_installs"):
        load_export(con, os.path.join(data, name + ".csv"), name)
    previous = period.previous
    quota_year, prev_quota_year = period.last.year, previous.last.year
    first, last = campaign(quota_year, policy)
    prev_first, prev_last = campaign(prev_quota_year, policy)
    elapsed_days = (min(period.last, last) - first).days + 1 if period.last >= first else 0
    value = lambda key: sql_number(policy[key])
    lantan = policy["coal.quality.lantan_types"]
    lantan = lantan if isinstance(lantan, list) else [lantan]
    sql = COAL_SQL.format(
        cur_first=period.first, cur_last=period.last, prev_last=previous.last,
        campaign_first=first, campaign_last=last, prev_campaign_first=prev_first, prev_campaign_last=prev_last,
        quota_year=quota_year, prev_quota_year=prev_quota_year,
        started="true" if period.last >= first else "false",
        prev_started="true" if previous.last >= prev_first else "false",
        elapsed_days=elapsed_days, campaign_days=(last - first).days + 1,
        sulfur_max=value("coal.quality.sulfur_max_percent"), ash_max=value("coal.quality.ash_max_percent"),
        volatile_max=value("coal.quality.volatile_max_percent"), heat_min=value("coal.quality.heat_min_mj_per_kg"),
        moisture_max=value("coal.quality.lantan_moisture_max_percent"),
        lantan_types=", ".join("'" + t.replace("'", "''") + "'" for t in lantan),
        cap_kg=int(Decimal(str(policy["coal.subsidy.coal_max_tons_per_household"])) * 1000),
        fen_per_ton=int(Decimal(str(policy["coal.subsidy.coal_yuan_per_ton"])) * 100),
        stove_cap=int(Decimal(str(policy["coal.subsidy.stove_max_per_household"]))),
        stove_fen=int(Decimal(str(policy["coal.subsidy.stove_yuan_each"])) * 100),
        w_coal=repr(float(Decimal(str(policy["coal.ranking_weights.coal"])))),
        w_stove=repr(float(Decimal(str(policy["coal.ranking_weights.stove"])))))
    con.execute(sql)
    rows = con.execute("SELECT * EXCLUDE (part, row_ord) FROM ranking_rows ORDER BY part, row_ord").fetchall()
    write_csv(os.path.join(out, "coal", "township_ranking.csv"), RANKING_HEADER, rows)
    rows = [row[:-1] + (capital(row[-1]),)
            for row in con.execute("SELECT * EXCLUDE (row_ord) FROM subsidy_rows ORDER BY row_ord").fetchall()]
    write_csv(os.path.join(out, "coal", "subsidy_households.csv"), SUBSIDY_HEADER, rows)


def main(argv):
    args = [a for a in argv if not a.startswith("--jobs")]
    jobs = ["service", "coal"]
    for i, a in enumerate(argv):
        if a == "--jobs":
            jobs = argv[i + 1].split(",")
            args.remove(argv[i + 1])
        elif a.startswith("--jobs="):
            jobs = a.split("=", 1)[1].split(",")
    if len(args) != 5:
        raise SystemExit(__doc__)
    data, reference, period_text, threads, out_dir = args
    period = Period.parse(period_text)
    policy = read_policy(os.path.join(reference, "policy.yaml"))
    out = os.path.join(out_dir, "duckdb")

    con = duckdb.connect()
    con.execute(f"SET threads = {int(threads)}")
    con.execute("SET preserve_insertion_order = true")
    con.execute(MACROS)
    vocabularies = os.path.join(reference, "vocabularies.csv")
    if not os.path.exists(vocabularies):
        fd, vocabularies = tempfile.mkstemp(prefix="duckdb_peer_vocab_", suffix=".csv")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(BUILTIN_VOCABULARIES)
        _temp_files.append(vocabularies)
    load_export(con, vocabularies, "vocabularies")
    load_export(con, os.path.join(reference, "townships.csv"), "townships")
    con.execute(REFERENCE_SQL)
    try:
        if "service" in jobs:
            load_export(con, os.path.join(reference, "calendar.csv"), "calendar")
            load_export(con, os.path.join(reference, "service_items.csv"), "service_items")
            run_service(con, data, period, policy, out)
        if "coal" in jobs:
            load_export(con, os.path.join(reference, "quotas.csv"), "quotas")
            run_coal(con, data, period, policy, out)
    finally:
        for path in _temp_files:
            if os.path.exists(path):
                os.remove(path)


if __name__ == "__main__":
    main(sys.argv[1:])
