#!/usr/bin/env bash
# Validates the .desktop file with desktop-file-validate. Errors and warnings fail the test;
# hints (suggestions such as extra categories) are printed but allowed.
# Usage: check_desktop_file.sh <file.desktop>
set -euo pipefail

desktop_file=${1:?usage: check_desktop_file.sh <file.desktop>}
if ! command -v desktop-file-validate >/dev/null; then
    echo "FAIL: desktop-file-validate not found (Debian package desktop-file-utils)" >&2
    exit 1
fi

echo "checking: desktop-file-validate $desktop_file"
status=0
output=$(desktop-file-validate "$desktop_file" 2>&1) || status=$?
[[ -n $output ]] && printf '%s\n' "$output"
if ((status != 0)) || grep -Eq ': (error|warning): ' <<<"$output"; then
    echo "FAIL: desktop-file-validate reported errors or warnings (exit status $status)" >&2
    exit 1
fi
echo "ok: $desktop_file is a valid desktop entry"
