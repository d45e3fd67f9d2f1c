#!/usr/bin/env bash
# Takes the screenshots of packaging/screenshots/LANG/: the welcome wizard of a first start, then the
# dashboard and every step of the demo plan (make-demo-plan.sh), each from a fresh start of the app
# under Xvfb at 1280×800, with a throw-away home whose settings choose the step and the language.
#
# Usage: take-screenshots.sh BUILD_DIR [LANG...]     (default languages: en de)
#   BUILD_DIR needs bin/storefort, bin/storefort-cli and bin/storefort-demo-plan, which is built only
#   with -DSTOREFORT_BUILD_DEMO=ON (./dev.sh screenshots configures so, builds the three and runs this).
# Environment: SHOT_DELAY  seconds to let a page settle before the shot (default 3)
#              SHOTS_DIR   where the LANG/ folders go (default: beside this script)
# Needs xvfb-run, xauth, xdotool and ImageMagick; optipng shrinks the files further when present.
# Runs inside a private D-Bus session with an unlocked gnome-keyring when both are installed, so
# the pages show the keychain as a shop owner's desktop has it.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)

# One shot, run under xvfb-run: start the app, size its window to the screen, save the screen.
if [ "${1:-}" = --one-shot ]; then
    shift
    out=$1 log=$2
    shift 2
    "$@" >"$log" 2>&1 &
    app=$!
    windows=
    for _ in $(seq 300); do
        windows=$(xdotool search --onlyvisible --class storefort 2>/dev/null || true)
        [ -n "$windows" ] && break
        kill -0 "$app" 2>/dev/null || { echo "take-screenshots: the app ended early; see $log" >&2; exit 1; }
        sleep 0.1
    done
    [ -n "$windows" ] || { echo "take-screenshots: no window appeared; see $log" >&2; kill "$app"; exit 1; }
    sleep 1 # a dialog opened right after the window (the welcome wizard) maps now
    windows=$(xdotool search --onlyvisible --class storefort)
    # The largest window is the main window; the others are dialogs, centred on the screen.
    main=$(for w in $windows; do
        eval "$(xdotool getwindowgeometry --shell "$w")"
        echo "$((WIDTH * HEIGHT)) $w"
    done | sort -n | tail -n 1 | cut -d' ' -f2)
    xdotool windowmove "$main" 0 0 windowsize "$main" 1280 800
    focus=$main
    frames=()
    for w in $windows; do
        [ "$w" = "$main" ] && continue
        eval "$(xdotool getwindowgeometry --shell "$w")"
        X=$(((1280 - WIDTH) / 2)) Y=$(((800 - HEIGHT) / 2))
        xdotool windowmove "$w" "$X" "$Y"
        frames+=(-draw "rectangle $((X - 1)),$((Y - 1)) $((X + WIDTH)),$((Y + HEIGHT))")
        focus=$w
    done
    # No window manager: give the window the keyboard focus, so it draws as the active one.
    xdotool windowfocus "$focus" 2>/dev/null || true
    sleep "${SHOT_DELAY:-3}"
    import -window root "$out"
    # Without a window manager a dialog has no frame: draw a thin one, as a desktop would.
    if [ ${#frames[@]} -gt 0 ]; then
        mogrify -fill none -stroke '#7a7a7a' -strokewidth 1 "${frames[@]}" "$out"
    fi
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    exit 0
fi

build=${1:?usage: take-screenshots.sh BUILD_DIR [LANG...]}
build=$(cd "$build" && pwd)
shift
langs=("$@")
[ ${#langs[@]} -gt 0 ] || langs=(en de)
shots=${SHOTS_DIR:-$here}

for tool in xvfb-run xauth xdotool import; do
    command -v "$tool" >/dev/null || { echo "take-screenshots: $tool is not installed (./dev.sh deps)" >&2; exit 1; }
done
for program in storefort storefort-cli storefort-demo-plan; do
    [ -x "$build/bin/$program" ] || { echo "take-screenshots: $build/bin/$program is missing" >&2; exit 1; }
done

# Once, inside a private session bus with an unlocked keyring (as ./dev.sh test does).
if [ -z "${STOREFORT_SHOTS_SESSION:-}" ] && command -v dbus-run-session >/dev/null \
    && command -v gnome-keyring-daemon >/dev/null; then
    keyring_home=$(mktemp -d)
    status=0
    env -u DBUS_SESSION_BUS_ADDRESS STOREFORT_SHOTS_SESSION=1 HOME="$keyring_home" \
        XDG_DATA_HOME="$keyring_home/.local/share" XDG_RUNTIME_DIR="$keyring_home" \
        dbus-run-session -- bash -c 'printf %s storefort-shots | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
        keychain "$0" "$build" "${langs[@]}" || status=$?
    rm -rf "$keyring_home"
    exit $status
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/storefort.XXXXXX")
trap 'rm -rf "$work"' EXIT
# The owner's home, as the pages show its paths: the plan and the shop's files in Documents.
home=$work/mei
docs=$home/Documents

# shoot OUT.png LANG STEP [PLAN]: one fresh start of the app, with settings of its own and a fresh
# copy of the plan; without PLAN, a first start (STEP empty: the step a first start shows).
shoot() {
    local out=$1 lang=$2 step=$3 plan=${4:-}
    rm -rf "$home/.config" "$home/.local" "$home/.cache" "$home/runtime" "$docs/Tiny Tea.storefort" \
        "$docs/.Tiny Tea.storefort"*
    mkdir -p "$home/.config/Storefort" "$home/.local/share" "$home/.cache" "$docs"
    mkdir -m 700 "$home/runtime"
    {
        echo '[ui]'
        [ -z "$step" ] || echo "step=$step"
        echo "language=$lang"
    } >"$home/.config/Storefort/Storefort.conf"
    local args=()
    if [ -n "$plan" ]; then
        cp "$plan" "$docs/Tiny Tea.storefort"
        args=("$docs/Tiny Tea.storefort")
    fi
    env -u WAYLAND_DISPLAY -u QT_SCALE_FACTOR -u QT_FONT_DPI \
        HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/runtime" QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" "$0" --one-shot "$out" "$work/$lang-$(basename "$out" .png).log" \
        "$build/bin/storefort" "${args[@]}"
    # 256 colours hold a flat UI without visible loss and halve the file; optipng packs it losslessly.
    mogrify -strip -dither None -colors 256 "$out"
    if command -v optipng >/dev/null; then
        optipng -quiet -o2 -strip all "$out"
    fi
    echo "$out"
}

steps=(dashboard shop-team tls providers accounts ddos binder findings review history)
for lang in "${langs[@]}"; do
    mkdir -p "$shots/$lang"
    rm -f "$shots/$lang"/[0-9][0-9]-*.png
    rm -rf "$home"
    mkdir -p "$docs/Tiny Tea"
    # The checks the demo makes (storefort-cli verify) keep what they found in the language they ran
    # in: the command line reads the same setting as the app.
    mkdir -p "$home/.config/Storefort"
    printf '[ui]\nlanguage=%s\n' "$lang" >"$home/.config/Storefort/Storefort.conf"
    HOME="$home" XDG_CONFIG_HOME="$home/.config" DEMO_LANG=$lang DEMO_FILES_DIR="$docs/Tiny Tea" \
        "$here/make-demo-plan.sh" "$work/$lang/demo.storefort" "$build"
    shoot "$shots/$lang/00-welcome.png" "$lang" ""
    n=1
    for step in "${steps[@]}"; do
        shoot "$shots/$lang/$(printf %02d "$n")-$step.png" "$lang" "$step" "$work/$lang/demo.storefort"
        n=$((n + 1))
    done
done
du -ch "$shots"/*/[0-9][0-9]-*.png | tail -n 1
