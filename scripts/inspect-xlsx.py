#!/usr/bin/env python3
"""Prints what openpyxl (an independent reader) sees in an .xlsx, as JSON.

Usage: inspect-xlsx.py WORKBOOK.xlsx

For every sheet: its title, freeze_panes, the autofilter's ref, the column widths, and
every cell of the used range as {"value", "kind" (the Python type), "data_type",
"number_format"}; datetimes are given in ISO 8601. Used by
Tests/OfficeDocumentsTests/WorkbookReaderTests.swift.
"""
import datetime
import json
import sys

import openpyxl


def cell_json(cell):
    value = cell.value
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        value = value.isoformat()
    return {
        "value": value,
        "kind": type(cell.value).__name__,
        "data_type": cell.data_type,
        "number_format": cell.number_format,
    }


def main():
    workbook = openpyxl.load_workbook(sys.argv[1])
    sheets = []
    for sheet in workbook.worksheets:
        rows = [[cell_json(cell) for cell in row]
                for row in sheet.iter_rows(min_row=1, max_row=sheet.max_row, max_col=sheet.max_column)]
        sheets.append({
            "title": sheet.title,
            "freeze_panes": sheet.freeze_panes,
            "auto_filter": sheet.auto_filter.ref,
            "widths": {letter: dimension.width for letter, dimension in sheet.column_dimensions.items()},
            "rows": rows,
        })
    json.dump({"sheets": sheets, "epoch": workbook.epoch.isoformat()}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
