#!/usr/bin/env python3
"""Reads 报表.xlsx with openpyxl (an independent reader) and compares every sheet with the
CSV report it came from, cell for cell; prints one JSON object.

usage: check-workbook.py WORKBOOK FOLDER SHEET=CSV [SHEET=CSV ...]

A CSV cell equals a workbook cell when:
- the CSV cell is empty and the workbook cell is None;
- the workbook cell is text and equals the CSV text (less a leading ' before = + - @,
  the CSV's formula guard);
- the workbook cell is a number and equals the CSV's decimal literal exactly (Decimal),
  and the literal has no leading zero (which a number would have lost);
- the workbook cell is a date/datetime and prints as the CSV text.
A sheet over the row limit continues in "<name>（2）"…; their rows are read in order.
Also reports, per sheet, the number format and data type of each column's first non-empty
cell, the freeze pane and the autofilter range.
"""
import csv, datetime, json, re, sys
from decimal import Decimal
import openpyxl

def unguarded(text):
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r\n":
        return text[1:]
    return text

def same(csv_text, cell):
    value = cell.value
    if value is None:
        return csv_text == ""
    if isinstance(value, str):
        return cell.data_type == "s" and value == unguarded(csv_text)
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        # A number never stands for a literal with a leading zero (05331234567 lost its 0).
        if re.match(r"^-?0\d", csv_text):
            return False
        try:
            return Decimal(repr(value)) == Decimal(csv_text)
        except Exception:
            return False
    if isinstance(value, datetime.datetime):
        shown = value.strftime("%Y-%m-%d %H:%M:%S") if (value.hour, value.minute, value.second) != (0, 0, 0) or " " in csv_text else value.strftime("%Y-%m-%d")
        return shown == csv_text or value.strftime("%Y-%m-%d %H:%M") == csv_text or value.strftime("%Y-%m-%d") == csv_text
    return False

def main():
    book = openpyxl.load_workbook(sys.argv[1])
    folder = sys.argv[2]
    result = {"sheets": book.sheetnames, "mismatches": [], "columns": {}, "frozen": {}, "filters": {}, "rows": {}}
    for pair in sys.argv[3:]:
        name, path = pair.split("=", 1)
        with open(f"{folder}/{path}", encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        parts = [name] + [n for n in book.sheetnames if n.startswith(name + "（")]
        cells = []
        for index, part in enumerate(parts):
            sheet = book[part]
            result["frozen"][part] = sheet.freeze_panes
            result["filters"][part] = sheet.auto_filter.ref
            sheet_rows = list(sheet.iter_rows())
            header = [c.value for c in sheet_rows[0]] if sheet_rows else []
            if header != rows[0]:
                result["mismatches"].append(f"{part}: header {header} != {rows[0]}")
            cells += sheet_rows[1:]
        result["rows"][name] = len(cells)
        if len(cells) != len(rows) - 1:
            result["mismatches"].append(f"{name}: {len(cells)} rows, CSV {len(rows) - 1}")
        kinds = {}
        for r, (expected, got) in enumerate(zip(rows[1:], cells), start=2):
            for c, text in enumerate(expected):
                cell = got[c] if c < len(got) else None
                if cell is None or not same(text, cell):
                    if len(result["mismatches"]) < 20:
                        result["mismatches"].append(f"{name}!{r}:{c + 1} csv={text!r} xlsx={None if cell is None else cell.value!r}")
                elif cell.value is not None and rows[0][c] not in kinds:
                    kinds[rows[0][c]] = [cell.data_type, cell.number_format, str(cell.value)]
        result["columns"][name] = kinds
    if "说明" in book.sheetnames:
        result["notes"] = [[cell.value for cell in row] for row in book["说明"].iter_rows()]
    print(json.dumps(result, ensure_ascii=False))

main()
