#!/usr/bin/env bash
# One entry point for people and CI on Debian 12: installs whatever Debian packages are missing, builds, then
#   ./project.sh run [app options]   starts the guide
#   ./project.sh test                runs the whole test suite (ctest)
#   ./project.sh bench               runs the benchmarks and prints their numbers
#   ./project.sh install [prefix]    installs the binary, .desktop file, AppStream metadata and icon
#   ./project.sh package             builds the Debian package in build-package, checks it with lintian, prints its path
#   ./project.sh sanitize            builds in build-asan with ASan+UBSan and runs the whole suite; any report fails
#   ./project.sh fuzz [seconds]      builds the libFuzzer targets with clang in build-fuzz, runs each (default 600 s)
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${BUILD_DIR:-build}

BUILD_PACKAGES=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libvulkan-dev
    libsodium-dev libsqlite3-dev libxlsxwriter-dev
    qt6-speech-dev qt6-declarative-dev
)
RUNTIME_PACKAGES=(qt6-translations-l10n qt6-qpa-plugins fonts-morisawa-bizud-gothic libqt6sql6-sqlite libqt6sql6-psql
    libqt6texttospeech6 qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng)
TEST_PACKAGES=(appstream desktop-file-utils postgresql e2fsprogs poppler-utils unzip clang-format-14
    xvfb xauth dbus dbus-bin at-spi2-core python3-pyatspi dpkg-dev file binutils x11-utils appstream-compose lintian)
# cpack's Debian generator (dpkg-shlibdeps from dpkg-dev; it sets root ownership itself, so no fakeroot), the checks.
PACKAGE_PACKAGES=(dpkg-dev file lintian appstream desktop-file-utils)
BENCH_PACKAGES=(hyperfine python3 sqlite3 postgresql-client postgresql chromium)
FUZZ_PACKAGES=(clang libclang-rt-14-dev)
FUZZ_TARGETS=(fuzz_validation fuzz_csv fuzz_database_url fuzz_command_line fuzz_content)

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
package)
    install_missing "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}" "${PACKAGE_PACKAGES[@]}"
    # Built as Debian builds its own packages: optimised, with the hardening flags dpkg-buildflags gives (cpack strips
    # the binary), in a folder of its own without the tests and benchmarks. A warning does not stop a package.
    export DEB_BUILD_MAINT_OPTIONS=hardening=+all
    cmake -S . -B build-package -DCMAKE_BUILD_TYPE=Release -DALS_WERROR=OFF -DALS_BUILD_TESTS=OFF \
        -DALS_BUILD_BENCH=OFF \
        -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
        -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" >/dev/null
    cmake --build build-package -j"$(nproc)"
    rm -f build-package/*.deb
    (cd build-package && cpack -G DEB >/dev/null)
    deb=$(ls "$PWD"/build-package/als-evidence-guide_*.deb)
    # No errors allowed; the warnings left are explained in cmake/Packaging.cmake.
    lintian --fail-on error "$deb"
    echo "$deb"
    ;;
sanitize)
    install_missing "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DALS_SANITIZE=ON -DALS_BUILD_BENCH=OFF >/dev/null
    cmake --build build-asan -j"$(nproc)"
    # Every report ends the process with a failing status; leaks are checked, except the few of system libraries
    # that tests/fuzz/lsan.supp names (each entry says why).
    export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1
    export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
    cd build-asan
    ctest --output-on-failure -j"$(nproc)" "$@"
    ;;
fuzz)
    install_missing "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}" "${FUZZ_PACKAGES[@]}"
    seconds=${1:-600}
    cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
        -DALS_FUZZ=ON -DALS_BUILD_BENCH=OFF >/dev/null
    cmake --build build-fuzz -j"$(nproc)" --target "${FUZZ_TARGETS[@]}"
    export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1
    export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
    export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8
    # New inputs go to build-fuzz/corpus/<target> (the committed seeds stay as they are), crashes to
    # build-fuzz/findings; as many targets at a time as there are cores.
    status=0
    pids=()
    for target in "${FUZZ_TARGETS[@]}"; do
        mkdir -p "build-fuzz/corpus/$target" build-fuzz/findings
        "build-fuzz/tests/fuzz/$target" -max_total_time="$seconds" -timeout=20 -print_final_stats=1 \
            -artifact_prefix="build-fuzz/findings/$target-" \
            "build-fuzz/corpus/$target" "tests/fuzz/corpus/$target" >"build-fuzz/$target.log" 2>&1 &
        pids+=("$!:$target")
        if [ ${#pids[@]} -ge "$(nproc)" ]; then
            wait "${pids[0]%%:*}" || { status=1; echo "FINDING: ${pids[0]#*:} (see build-fuzz/${pids[0]#*:}.log)"; }
            pids=("${pids[@]:1}")
        fi
    done
    for entry in "${pids[@]}"; do
        wait "${entry%%:*}" || { status=1; echo "FINDING: ${entry#*:} (see build-fuzz/${entry#*:}.log)"; }
    done
    for target in "${FUZZ_TARGETS[@]}"; do
        echo "$target: $(grep -h 'stat::number_of_executed_units' "build-fuzz/$target.log" | awk '{print $2}') executions"
    done
    exit $status
    ;;
*)
    echo "usage: $0 run [app options] | test | bench | install [prefix] | package | sanitize | fuzz [seconds]" >&2
    exit 2
    ;;
esac
