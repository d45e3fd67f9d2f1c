#!/usr/bin/env bash
# Compiles the shared-mime-info package into a scratch MIME database and checks that the plan
# file type comes out with its glob, its SQLite parent, its icon and its content magic.
# Usage: check_mime_info.sh <mime.xml>
set -euo pipefail

mime_xml=${1:?usage: check_mime_info.sh <mime.xml>}
mime_type=application/x-storefort-plan
if ! command -v update-mime-database >/dev/null; then
    echo "FAIL: update-mime-database not found (Debian package shared-mime-info)" >&2
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$mime_xml" "$tmp/mime/packages/org.storefort.Storefort.xml"

echo "checking: update-mime-database on $mime_xml"
if ! XDG_DATA_HOME=$tmp XDG_DATA_DIRS=$tmp update-mime-database "$tmp/mime" >"$tmp/update.log" 2>&1 || [[ -s $tmp/update.log ]]; then
    cat "$tmp/update.log"
    echo "FAIL: update-mime-database rejected or complained about $mime_xml" >&2
    exit 1
fi

expect_line() { # <file> <exact line> <what>
    if ! grep -qxF "$2" "$tmp/mime/$1"; then
        echo "FAIL: $3: no line '$2' in the compiled $1" >&2
        exit 1
    fi
    echo "ok: $3 ($1: $2)"
}
expect_line globs2 "50:$mime_type:*.storefort" "glob *.storefort maps to $mime_type"
expect_line subclasses "$mime_type application/vnd.sqlite3" "$mime_type is a kind of SQLite database"
expect_line icons "$mime_type:org.storefort.Storefort" "$mime_type shows the app icon"
if ! grep -aqF "[60:$mime_type]" "$tmp/mime/magic" || ! grep -aqF SFRT "$tmp/mime/magic"; then
    echo "FAIL: the compiled magic has no SQLite + application_id SFRT rule for $mime_type" >&2
    exit 1
fi
echo "ok: content magic recognises a plan by its SQLite header and application_id SFRT"

# A renamed plan is still a plan: sniff a synthetic header with GIO when it is installed.
if command -v gio >/dev/null; then
    cp /usr/share/mime/packages/freedesktop.org.xml "$tmp/mime/packages/" 2>/dev/null || true
    XDG_DATA_HOME=$tmp XDG_DATA_DIRS=$tmp update-mime-database "$tmp/mime" >/dev/null 2>&1
    { printf 'SQLite format 3\000'; head -c 52 /dev/zero; printf 'SFRT'; head -c 28 /dev/zero; } >"$tmp/renamed.db"
    detected=$(XDG_DATA_HOME=$tmp XDG_DATA_DIRS=$tmp gio info -a standard::content-type "$tmp/renamed.db" |
        sed -n 's/^ *standard::content-type: //p')
    [[ $detected == "$mime_type" ]] ||
        { echo "FAIL: gio sees a renamed plan as '$detected', not $mime_type" >&2; exit 1; }
    echo "ok: gio recognises a renamed plan (renamed.db) as $mime_type"
else
    echo "skipped: sniffing a renamed plan (gio, Debian package libglib2.0-bin, is not installed)"
fi
