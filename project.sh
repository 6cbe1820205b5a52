#!/usr/bin/env bash
# One entry point for people and CI on Debian 12: installs whatever Debian packages are missing, builds, then
#   ./project.sh run [app options]   starts the guide
#   ./project.sh test                runs the whole test suite (ctest)
#   ./project.sh bench               runs the benchmarks and prints their numbers
#   ./project.sh install [prefix]    installs the binary, .desktop file, AppStream metadata and icon
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${BUILD_DIR:-build}

BUILD_PACKAGES=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libvulkan-dev
    libsodium-dev libsqlite3-dev libxlsxwriter-dev
)
RUNTIME_PACKAGES=(qt6-translations-l10n qt6-qpa-plugins fonts-morisawa-bizud-gothic libqt6sql6-sqlite libqt6sql6-psql)
TEST_PACKAGES=(appstream desktop-file-utils postgresql e2fsprogs poppler-utils unzip
    xvfb xauth dbus dbus-bin at-spi2-core python3-pyatspi)
BENCH_PACKAGES=(hyperfine python3 sqlite3 postgresql-client postgresql chromium)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build() {
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DALS_WERROR=ON >/dev/null
    cmake --build "$BUILD_DIR" -j"$(nproc)"
}

command=${1:-run}
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_missing "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}"
    build
    exec "$BUILD_DIR/als-evidence-guide" "$@"
    ;;
test)
    install_missing "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    build
    cd "$BUILD_DIR"
    ctest --output-on-failure -j"$(nproc)" "$@"
    ;;
bench)
    install_missing "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}" "${BENCH_PACKAGES[@]}"
    build
    exec bench/run.sh "$BUILD_DIR" "$@"
    ;;
install)
    install_missing "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}"
    build
    as_root cmake --install "$BUILD_DIR" --prefix "${1:-/usr/local}"
    ;;
*)
    echo "usage: $0 run [app options] | test | bench | install [prefix]" >&2
    exit 2
    ;;
esac
