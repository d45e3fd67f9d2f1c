#!/usr/bin/env bash
# Builds the .deb from the current build tree (cpack runs the install rules; nothing is rebuilt),
# then checks its control fields and contents, and runs the unpacked storefort-cli.
# Usage: check_deb.sh <build dir> <project version> [cpack executable]
set -euo pipefail

build_dir=${1:?usage: check_deb.sh <build dir> <project version> [cpack]}
version=${2:?usage: check_deb.sh <build dir> <project version> [cpack]}
cpack=${3:-cpack}
app_id=org.storefort.Storefort
icon_sizes=(16 24 32 48 64 128 256 512)
required_depends=(libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6printsupport6
    libqt6sql6 libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libqt6keychain1 libssl3)

checks=0
ok() {
    echo "ok: $*"
    checks=$((checks + 1))
}
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

for tool in "$cpack" dpkg-deb file readelf; do
    command -v "$tool" >/dev/null || fail "$tool not found"
done
[[ -f $build_dir/CPackConfig.cmake ]] || fail "no CPackConfig.cmake in $build_dir"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset DESTDIR

# --- build the package ----------------------------------------------------------------------
echo "building the .deb: $cpack -G DEB --config $build_dir/CPackConfig.cmake -B <tmp>"
if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log"
    fail "cpack could not build the .deb"
fi
shopt -s nullglob
debs=("$tmp"/out/storefort_*.deb)
shopt -u nullglob
((${#debs[@]} == 1)) || fail "expected one storefort_*.deb, found ${#debs[@]}"
deb=${debs[0]}
ok "cpack built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# --- control fields -------------------------------------------------------------------------
echo "--- dpkg-deb -I $(basename "$deb")"
dpkg-deb -I "$deb"
echo "---"
field() { dpkg-deb -f "$deb" "$1"; }

[[ $(field Package) == storefort ]] || fail "Package is '$(field Package)', not storefort"
ok "Package: storefort"
deb_version=$(field Version)
[[ $deb_version == "$version" || $deb_version == "$version"-* ]] ||
    fail "Version '$deb_version' does not carry the project version $version"
ok "Version: $deb_version matches the project version $version"
for name in Maintainer Section Homepage Description Architecture; do
    [[ -n $(field "$name") ]] || fail "control field $name is empty"
done
ok "Maintainer, Section, Homepage, Description and Architecture are set"

# The package names of a relation field, one per line, without versions or alternatives' bars.
package_names() { tr ',|' '\n' <<<"$1" | sed -E 's/\(.*\)//; s/:any//; s/^[[:space:]]+//; s/[[:space:]]+$//'; }
depends=$(package_names "$(field Depends)")
for package in "${required_depends[@]}"; do
    grep -qxF "$package" <<<"$depends" || fail "Depends lacks $package"
done
ok "Depends names ${required_depends[*]}"
recommends=$(package_names "$(field Recommends)")
for package in gnome-keyring kwalletmanager; do
    grep -qxF "$package" <<<"$recommends" || fail "Recommends lacks $package"
done
ok "Recommends: $(field Recommends)"

# --- contents -------------------------------------------------------------------------------
dpkg-deb -c "$deb" >"$tmp/contents"
if awk '$2 != "root/root"' "$tmp/contents" | grep -q .; then
    awk '$2 != "root/root"' "$tmp/contents"
    fail "files not owned by root/root"
fi
if awk 'substr($1, 6, 1) == "w" || substr($1, 9, 1) == "w"' "$tmp/contents" | grep -q .; then
    awk 'substr($1, 6, 1) == "w" || substr($1, 9, 1) == "w"' "$tmp/contents"
    fail "group- or world-writable files"
fi
ok "every file is owned by root/root and none is group- or world-writable"

root=$tmp/root
dpkg-deb -x "$deb" "$root"
ok "dpkg-deb -x unpacked the package"

expect_file() { # <path in the package> <what>
    [[ -f $root/$1 ]] || fail "$2 missing: /$1"
    ok "$2: /$1"
}
for binary in storefort storefort-cli; do
    expect_file "usr/bin/$binary" "executable $binary"
    [[ -x $root/usr/bin/$binary ]] || fail "/usr/bin/$binary is not executable"
    description=$(file -b "$root/usr/bin/$binary")
    [[ $description == ELF* && $description != *"not stripped"* ]] ||
        fail "/usr/bin/$binary is not a stripped ELF file: $description"
    if readelf -d "$root/usr/bin/$binary" | grep -Eq '\((RPATH|RUNPATH)\)'; then
        fail "/usr/bin/$binary keeps an RPATH/RUNPATH (the build tree leaked into the package)"
    fi
    if missing=$(ldd "$root/usr/bin/$binary" | grep 'not found'); then
        fail "/usr/bin/$binary needs libraries that are not installed: $missing"
    fi
    ok "/usr/bin/$binary is a stripped ELF file without RPATH whose libraries all resolve"
done
expect_file "usr/share/applications/$app_id.desktop" "desktop entry"
expect_file "usr/share/metainfo/$app_id.metainfo.xml" "AppStream metainfo"
expect_file "usr/share/mime/packages/$app_id.xml" "MIME type"
expect_file "usr/share/doc/storefort/copyright" "copyright file"
expect_file "usr/share/icons/hicolor/scalable/apps/$app_id.svg" "scalable icon"
for size in "${icon_sizes[@]}"; do
    png=usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    expect_file "$png" "${size}px icon"
    [[ $(file -b "$root/$png") == "PNG image data, $size x $size,"* ]] ||
        fail "/$png is not a ${size}x${size} PNG: $(file -b "$root/$png")"
done
ok "every icon PNG has its nominal size"

# The installed metainfo, desktop entry and icon must agree with each other.
if command -v appstreamcli >/dev/null; then
    status=0
    tree_output=$(appstreamcli validate-tree --no-net --no-color "$root" 2>&1) || status=$?
    printf '%s\n' "$tree_output"
    if ((status != 0)) || grep -Eq '^ *[EW]: ' <<<"$tree_output"; then
        fail "appstreamcli validate-tree found errors or warnings in the installed tree"
    fi
    ok "appstreamcli validate-tree accepts the installed metainfo, desktop entry and icons"
else
    fail "appstreamcli not found (Debian package appstream)"
fi

# --- run the packaged CLI -------------------------------------------------------------------
mkdir -p "$tmp/home"
echo "running: usr/bin/storefort-cli --version"
status=0
cli_output=$(env HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
    LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/storefort-cli" --version 2>&1) ||
    status=$?
printf '%s\n' "$cli_output"
((status == 0)) || fail "storefort-cli --version exited with status $status"
version_pattern="(^|[^0-9.])${version//./\\.}([^0-9.]|$)"
grep -Eq "$version_pattern" <<<"$cli_output" || fail "storefort-cli --version does not print $version"
ok "the packaged storefort-cli --version prints $version"

echo "all $checks packaging checks passed"
