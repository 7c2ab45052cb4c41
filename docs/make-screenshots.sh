#!/usr/bin/env bash
# Renders the pictures in docs/ from the current code and the shipped sample (2018-12), so
# they can be regenerated after a layout change: `docs/make-screenshots.sh` (both),
# `docs/make-screenshots.sh html`, `… docx` or `… xlsx`.
#   docs/summary-page1.png  page 1 of summary.html printed to A4 by headless Chromium
#   docs/通报-page1.png      page 1 of 通报.docx converted by LibreOffice (the font
#                            substitutes of scripts/render-fonts.conf)
#   docs/报表-page1.png      the first printed page of 报表.xlsx (its 说明 sheet) converted
#                            by LibreOffice Calc: the whole workbook converts (about 40 s)
# Needs scripts/install-render-deps.sh. SCRATCH_PATH selects the build folder (default .build).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH_PATH:-.build}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build --scratch-path "$scratch" --product township-reports >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
"$(swift build --scratch-path "$scratch" --show-bin-path)/township-reports" run --period 2018-12 \
    --out "$work/reports" >"$work/run.log" 2>&1 || { cat "$work/run.log" >&2; exit 1; }
folder="$work/reports/2018-12"

html_screenshot() {
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$work/summary.pdf" "file://$folder/summary.html" >/dev/null 2>&1
    pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/summary.pdf" "docs/summary-page1"
    echo "docs/summary-page1.png"
}

docx_screenshot() {
    mkdir -p "$work/home"
    HOME="$work/home" FONTCONFIG_FILE="$PWD/scripts/render-fonts.conf" \
        soffice --headless --convert-to pdf --outdir "$work" "$folder/通报.docx" >"$work/soffice.log" 2>&1 \
        || { cat "$work/soffice.log" >&2; exit 1; }
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/通报.pdf" "docs/通报-page1"
    echo "docs/通报-page1.png"
}

xlsx_screenshot() {
    mkdir -p "$work/home"
    HOME="$work/home" FONTCONFIG_FILE="$PWD/scripts/render-fonts.conf" \
        soffice --headless --convert-to pdf --outdir "$work" "$folder/报表.xlsx" >"$work/soffice-xlsx.log" 2>&1 \
        || { cat "$work/soffice-xlsx.log" >&2; exit 1; }
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/报表.pdf" "docs/报表-page1"
    echo "docs/报表-page1.png"
}

case "${1:-all}" in
    html) html_screenshot ;;
    docx) docx_screenshot ;;
    xlsx) xlsx_screenshot ;;
    all) html_screenshot; docx_screenshot; xlsx_screenshot ;;
    *) echo "usage: $0 [html|docx|xlsx|all]" >&2; exit 2 ;;
esac
