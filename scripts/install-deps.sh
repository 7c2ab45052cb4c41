#!/usr/bin/env bash
# Installs what the build needs beyond Swift itself: libcsv's headers and library
# (Debian package libcsv-dev). Uses sudo when not run as root.
set -euo pipefail
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update
$sudo apt-get install -y libcsv-dev
