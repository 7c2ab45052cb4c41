#!/usr/bin/env python3
"""Prints what python-docx reads from a .docx, as JSON, for the end-to-end test of the 通报.

Usage: .venv-render/bin/python scripts/inspect-docx.py FILE.docx

Prints {"section": {page and margins in mm, footer distance in mm},
        "odd_and_even_footers": bool, "footers": {"odd": text, "even": text},
        "styles": {styleId: {"east_asia", "ascii", "size_pt", "bold"}},
        "paragraphs": number, "tables": [{"rows", "columns", "header_repeated"}]}.
An independent reader: it shares no code with the Swift writer.
"""
import json
import sys

import docx
from docx.oxml.ns import qn


def font_of(style):
    """The style's own fonts and size, or its base style's where it sets none."""
    east_asia = ascii_font = None
    size = style.font.size
    bold = style.font.bold
    current = style
    while current is not None and (east_asia is None or ascii_font is None or size is None):
        rpr = current.element.rPr
        fonts = rpr.rFonts if rpr is not None else None
        if fonts is not None:
            east_asia = east_asia or fonts.get(qn("w:eastAsia"))
            ascii_font = ascii_font or fonts.get(qn("w:ascii"))
        size = size or current.font.size
        current = current.base_style
    return {
        "east_asia": east_asia,
        "ascii": ascii_font,
        "size_pt": size.pt if size is not None else None,
        "bold": bold,
    }


def main(path):
    document = docx.Document(path)
    section = document.sections[0]
    result = {
        "section": {
            "page_width_mm": round(section.page_width.mm, 2),
            "page_height_mm": round(section.page_height.mm, 2),
            "top_mm": round(section.top_margin.mm, 2),
            "bottom_mm": round(section.bottom_margin.mm, 2),
            "left_mm": round(section.left_margin.mm, 2),
            "right_mm": round(section.right_margin.mm, 2),
            "footer_distance_mm": round(section.footer_distance.mm, 2),
        },
        "odd_and_even_footers": bool(document.settings.odd_and_even_pages_header_footer),
        "footers": {
            "odd": "".join(p.text for p in section.footer.paragraphs),
            "even": "".join(p.text for p in section.even_page_footer.paragraphs),
        },
        "styles": {s.style_id: font_of(s) for s in document.styles if s.type == 1},
        "paragraphs": len(document.paragraphs),
        "tables": [
            {
                "rows": len(t.rows),
                "columns": len(t.columns),
                "header_repeated": t.rows[0]._tr.trPr is not None
                and t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None,
                "last_row": [c.text for c in t.rows[-1].cells],
            }
            for t in document.tables
        ],
    }
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    print()


if __name__ == "__main__":
    main(sys.argv[1])
