#!/usr/bin/env bash
# Installs what the tests that look at the output as users see it (OfficeDocumentsTests,
# Tests/ReportPipelineTests/Summary/) and docs/make-screenshots.sh need beyond the build
# itself: headless Chromium (summary.html -> PDF, and its DOM measured), LibreOffice Writer
# and Calc without a GUI (docx and xlsx -> PDF), poppler's pdfinfo/pdftotext/pdftoppm, fonts
# standing in for those of GB/T 9704 (Noto Serif/Sans CJK SC, the GB Kai face AR PL KaitiM GB,
# and Liberation Serif for Times New Roman; scripts/render-fonts.conf maps the names), and a
# Python venv at .venv-render/ with python-docx and openpyxl from PyPI (independent readers of
# the .docx and the .xlsx). Uses sudo when not run as root. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
# Waits for another apt/dpkg run (a second checkout installing at the same time) instead of failing.
apt="apt-get -o DPkg::Lock::Timeout=600"
$sudo $apt update
$sudo $apt install -y --no-install-recommends \
    chromium libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fontconfig \
    fonts-noto-cjk fonts-arphic-gkai00mp fonts-liberation2 python3-venv
# Debian's python3 (the one python3-venv belongs to), not whatever `python3` is on PATH.
/usr/bin/python3 -m venv .venv-render
.venv-render/bin/pip install --quiet --disable-pip-version-check python-docx openpyxl
