#!/usr/bin/env bash
# Storefort's one developer script.
#   ./dev.sh run [PLAN]   install what is missing, build, start the app (on the default plan)
#   ./dev.sh test         install what is missing, build, run every test headless with a real keychain
#   ./dev.sh sanitize     the same tests in a separate ASan+UBSan build (build-asan/)
#   ./dev.sh fuzz [S]     every libFuzzer target for S seconds (default 30), clang build in build-fuzz/
#   ./dev.sh deps | build | bench | format | package | screenshots [LANG...]
# Environment: BUILD_DIR (default build), WERROR=ON to turn warnings into errors, JOBS.
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-$(nproc)}

# Debian 12 packages: the build, the runtime, and what the tests start for real.
PACKAGES=(
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libqt6svg6 libqt6sql6-sqlite libsqlite3-dev qt6-qpa-plugins libgl-dev
    qtkeychain-qt6-dev libssl-dev libzxcvbn-dev openssl sslscan testssl.sh
    gnome-keyring dbus libsecret-tools
    poppler-utils desktop-file-utils appstream shared-mime-info libglib2.0-bin librsvg2-bin dpkg-dev file binutils
    xvfb xauth imagemagick xdotool optipng fonts-dejavu-core
    clang libclang-rt-14-dev
    libarchive-dev git tar gzip zip
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

configure() {
    cmake -S . -B "$BUILD_DIR" -G Ninja \
        -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
        -DSTOREFORT_WERROR="${WERROR:-OFF}" \
        -DSTOREFORT_SANITIZE="${SANITIZE:-OFF}" \
        -DSTOREFORT_BUILD_DEMO="${BUILD_DEMO:-OFF}" >/dev/null
}

build() {
    configure
    cmake --build "$BUILD_DIR" -j "$JOBS"
}

# Runs "$@" in a private D-Bus session with an unlocked gnome-keyring, a fresh HOME and
# XDG_RUNTIME_DIR, and no display (libsecret could otherwise wait for a prompt forever).
with_keychain() {
    local home runtime
    home=$(mktemp -d)
    runtime=$(mktemp -d)
    chmod 700 "$runtime"
    env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
        HOME="$home" XDG_RUNTIME_DIR="$runtime" \
        XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" \
        dbus-run-session -- bash -c 'printf %s storefort-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$@"' keychain "$@"
    local rc=$?
    rm -rf "$home" "$runtime"
    return $rc
}

run_tests() {
    with_keychain ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS" --timeout 600 "$@"
}

case "${1:-}" in
    deps) deps ;;
    build) deps; build ;;
    run)
        shift
        deps
        build
        exec "$BUILD_DIR/bin/storefort" "$@"
        ;;
    test)
        shift
        deps
        build
        run_tests "$@"
        ;;
    sanitize)
        shift
        deps
        BUILD_DIR=${ASAN_BUILD_DIR:-build-asan}
        export BUILD_TYPE=Debug SANITIZE=ON
        build
        export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
        export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0"
        export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
        run_tests -LE packaging "$@"
        ;;
    fuzz)
        # Every libFuzzer target for a while (default 30 s each), seeded with its corpus; new
        # inputs go to a scratch folder, crashes to build-fuzz/crashes (and the run fails).
        shift
        deps
        BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
        CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DSTOREFORT_FUZZ=ON >/dev/null
        cmake --build "$BUILD_DIR" -j "$JOBS" --target fuzz_serverresponse fuzz_httpresponse fuzz_csv fuzz_accounts
        mkdir -p "$BUILD_DIR/crashes"
        for target in serverresponse:corpus httpresponse:corpus_http csv:corpus_csv accounts:corpus_accounts; do
            name=${target%%:*}
            scratch=$(mktemp -d)
            echo "fuzz_$name: ${1:-30} s"
            "$BUILD_DIR/bin/fuzz_$name" -max_total_time="${1:-30}" -timeout=10 -rss_limit_mb=2048 \
                -artifact_prefix="$BUILD_DIR/crashes/$name-" -print_final_stats=1 \
                "$scratch" "tests/fuzz/${target#*:}" 2>&1 | grep -E "^(stat::number_of_executed_units|==|SUMMARY)" || true
            rm -rf "$scratch"
            if ls "$BUILD_DIR/crashes/$name-"* >/dev/null 2>&1; then
                echo "fuzz_$name found a crash: $(ls "$BUILD_DIR/crashes/$name-"*)"
                exit 1
            fi
        done
        ;;
    bench)
        shift
        deps
        build
        tests/bench/run-benchmarks "$BUILD_DIR" "$@"
        ;;
    format) configure; cmake --build "$BUILD_DIR" --target format ;;
    package) deps; build; (cd "$BUILD_DIR" && cpack -G DEB) ;;
    screenshots)
        # packaging/screenshots/LANG/*.png from the demo plan under Xvfb (default: en de). The tool that
        # fills the demo plan (packaging/screenshots/demo_plan_fill.cpp) is built only here.
        shift
        deps
        BUILD_DEMO=ON configure
        cmake --build "$BUILD_DIR" -j "$JOBS" --target storefort storefort-cli storefort-demo-plan
        packaging/screenshots/take-screenshots.sh "$BUILD_DIR" "$@"
        ;;
    *)
        sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
