#!/usr/bin/env bash
# Validates the AppStream metainfo offline. appstreamcli fails on errors and warnings; infos and
# pedantic notes are printed but allowed.
# Usage: check_metainfo.sh <file.metainfo.xml>
set -euo pipefail

metainfo=${1:?usage: check_metainfo.sh <file.metainfo.xml>}
if ! command -v appstreamcli >/dev/null; then
    echo "FAIL: appstreamcli not found (Debian package appstream)" >&2
    exit 1
fi

echo "checking: appstreamcli validate --no-net --pedantic $metainfo"
status=0
output=$(appstreamcli validate --no-net --pedantic --no-color "$metainfo" 2>&1) || status=$?
printf '%s\n' "$output"
if ((status != 0)) || grep -Eq '^[EW]: ' <<<"$output"; then
    echo "FAIL: appstreamcli reported errors or warnings (exit status $status)" >&2
    exit 1
fi
echo "ok: $metainfo is valid AppStream metainfo"
