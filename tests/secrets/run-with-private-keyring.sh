#!/bin/sh
# Runs a command against a throw-away keychain: a private D-Bus session with its own unlocked
# gnome-keyring, a fresh HOME and XDG_RUNTIME_DIR, and no display that could show a prompt.
# For tests that would hurt a real keychain (e.g. by locking it).
set -eu
dir=$(mktemp -d "${TMPDIR:-/tmp}/storefort-keyring.XXXXXX")
trap 'rm -rf "$dir"' EXIT
mkdir -m 700 "$dir/home" "$dir/runtime"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
# The XDG folders too: gnome-keyring keeps its keyring files in $XDG_DATA_HOME/keyrings, and a caller
# that set it (dev.sh does) would otherwise have two such tests running at once share one file.
export HOME="$dir/home" XDG_RUNTIME_DIR="$dir/runtime" STOREFORT_PRIVATE_KEYRING=1
export XDG_DATA_HOME="$dir/home/.local/share" XDG_CONFIG_HOME="$dir/home/.config" XDG_CACHE_HOME="$dir/home/.cache"
dbus-run-session -- sh -c \
    'printf %s storefort-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    sh "$@"
