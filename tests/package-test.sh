#!/usr/bin/env bash
# Builds the Debian package from an already built tree (cpack: installs, strips, runs dpkg-shlibdeps), unpacks it into
# a temporary root as dpkg would install it, and checks what a clinic's IT and a desktop would meet: the file list,
# the control fields, the metadata (appstreamcli validate and compose, desktop-file-validate), the unpacked program
# (--version, --export-pdf read back with pdftotext), its window under a virtual display (class and icon), and lintian.
# Usage: package-test.sh BUILD_DIR APP_ID VERSION READ_ALOUD(ON|OFF) CPACK
set -euo pipefail
build=$1 app_id=$2 version=$3 read_aloud=$4 cpack=$5
work="$build/tests/package-test"
rm -rf "$work"
mkdir -p "$work/out" "$work/root" "$work/control" "$work/home/run"
chmod 700 "$work/home/run"
export XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" XDG_RUNTIME_DIR="$work/home/run"
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# --- Build and unpack ---------------------------------------------------------------------------------------------
start=$(date +%s%N)
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack"
    exit 1
fi
echo "cpack: $((($(date +%s%N) - start) / 1000000)) ms"
arch=$(dpkg --print-architecture)
deb="$work/out/als-evidence-guide_${version}_${arch}.deb"
[ -f "$deb" ] || { ls "$work/out"; echo "FAIL: no $deb"; exit 1; }
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"
dpkg-deb -x "$deb" "$work/root"
dpkg-deb -e "$deb" "$work/control"
root="$work/root"

# --- The file list ------------------------------------------------------------------------------------------------
# Every regular file the package holds, no more and no fewer.
expected=(
    usr/bin/als-evidence-guide
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    "usr/share/icons/hicolor/48x48/apps/$app_id.png"
    "usr/share/icons/hicolor/64x64/apps/$app_id.png"
    "usr/share/icons/hicolor/128x128/apps/$app_id.png"
    "usr/share/icons/hicolor/256x256/apps/$app_id.png"
    usr/share/doc/als-evidence-guide/changelog.gz
    usr/share/doc/als-evidence-guide/copyright
    usr/share/man/man1/als-evidence-guide.1.gz
)
# The one place where the read-aloud files are allowed to be missing: the package carries them only when the source
# has read aloud (READ_ALOUD, from cmake/Packaging.cmake). The program's own translations are compiled into it.
read_aloud_files=(
    etc/speech-dispatcher/modules/open-jtalk-generic.conf
)
if [ "$read_aloud" = ON ]; then
    expected+=("${read_aloud_files[@]}")
fi
# Files in /etc are conffiles (dpkg keeps an administrator's change), and only they are.
(cd "$root" && if [ -d etc ]; then find etc -type f | sed 's|^|/|' | sort; fi) >"$work/etc-files.txt"
sort "$work/control/conffiles" 2>/dev/null >"$work/conffiles.txt" || true
if ! diff -u "$work/etc-files.txt" "$work/conffiles.txt"; then
    fail "the conffiles differ from the files in /etc (- in /etc, + conffiles)"
fi
(cd "$root" && find . -type f | sed 's|^\./||' | sort) >"$work/files.txt"
printf '%s\n' "${expected[@]}" | sort >"$work/expected.txt"
if ! diff -u "$work/expected.txt" "$work/files.txt"; then
    fail "the package's files differ from the expected list (- expected, + packaged)"
fi
# Owned by root, readable by all, nothing writable by others (dpkg installs the modes as they are).
if dpkg-deb -c "$deb" | awk '$2 != "root/root" || $1 ~ /^.......\.w/ {bad = 1; print} END {exit !bad}'; then
    fail "files not owned by root or writable by others"
fi

binary="$root/usr/bin/als-evidence-guide"
file -b "$binary" | grep -q ', stripped' || fail "the binary is not stripped: $(file -b "$binary")"
if readelf -S "$binary" | grep -qE '\.(debug_|comment)'; then fail "the binary has debug or comment sections"; fi

# --- Control fields -----------------------------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = als-evidence-guide ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version), not $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture: $(field Architecture)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -s "$work/control/md5sums" ] || fail "no md5sums"
# One name per line, version constraints left out.
names() { field "$1" | tr ',|' '\n\n' | sed 's/(.*)//; s/^ *//; s/ *$//' | { grep -v '^$' || true; } | sort -u; }
names Depends >"$work/depends.txt"
names Recommends >"$work/recommends.txt"
names Suggests >"$work/suggests.txt"
require() {
    local list=$1
    shift
    local name
    for name in "$@"; do
        grep -qx "$name" "$work/$list.txt" || fail "$list lacks $name ($(field "${list^}"))"
    done
}
# Found by dpkg-shlibdeps: Qt (libqt6gui6 holds the xcb and offscreen platform plugins, libqt6printsupport6 the CUPS
# print plugin), libsodium, SQLite, libxlsxwriter. Named by hand: what is loaded at run time.
require depends libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6printsupport6 libsodium23 \
    libxlsxwriter4 fonts-morisawa-bizud-gothic libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n
require recommends qt6-wayland
if [ "$read_aloud" = ON ]; then
    require depends libqt6texttospeech6 qt6-speech-speechd-plugin
    require recommends open-jtalk open-jtalk-mecab-naist-jdic speech-dispatcher speech-dispatcher-espeak-ng
    require suggests hts-voice-nitech-jp-atr503-m001
fi
# Every dependency is a package this machine has (so the run below is the one an installed system sees).
while read -r name; do
    dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'install ok installed' ||
        fail "Depends names $name, which is not installed here"
done <"$work/depends.txt"

# --- lintian: no error and no warning (cmake/Packaging.cmake explains the informational tags of this build) ---------
if ! lintian --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1; then
    fail "lintian: $(grep -v 'running with root privileges' "$work/lintian.log")"
fi

# --- Documentation ------------------------------------------------------------------------------------------------
doc="$root/usr/share/doc/als-evidence-guide"
head -1 <(gzip -dc "$doc/changelog.gz") | grep -q "^als-evidence-guide ($version) " ||
    fail "the changelog's newest entry is not $version: $(gzip -dc "$doc/changelog.gz" | head -1)"
head -1 "$doc/copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
    fail "the copyright file is not machine-readable"
grep -q '^License: GPL-3+' "$doc/copyright" || fail "the copyright file names no GPL-3+ licence"
gzip -dc "$root/usr/share/man/man1/als-evidence-guide.1.gz" | grep -qF '\-\-export\-pdf' || fail "the manual page has no --export-pdf"

# --- Desktop metadata ---------------------------------------------------------------------------------------------
desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$metainfo" || fail "appstreamcli validate"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop entry's icon is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" || fail "launchable"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metadata has no release $version"
wm_class=$(sed -n 's/^StartupWMClass=//p' "$desktop")
[ -n "$wm_class" ] || fail "the desktop entry has no StartupWMClass"

# The software-centre catalogue a distribution builds from the installed files keeps the Japanese texts.
if appstreamcli compose --no-color --no-net --origin als-evidence-guide --result-root="$work/compose" "$root" \
    >"$work/compose.log" 2>&1; then
    catalog=$(find "$work/compose" -name 'als-evidence-guide.xml.gz' | head -1)
    if [ -z "$catalog" ]; then
        fail "appstreamcli compose wrote no catalogue"
        cat "$work/compose.log"
    else
        gzip -dc "$catalog" >"$work/catalog.xml"
        for text in 'ALSとはどんな病気か' 'キーボードだけでも操作できます' '最初の版です' '<name xml:lang="ja">ALSエビデンスガイド</name>' \
            'ALS Evidence Guide explains'; do
            grep -qF "$text" "$work/catalog.xml" || fail "the composed catalogue lost: $text"
        done
        grep -q '<icon type="cached"' "$work/catalog.xml" || fail "the composed catalogue has no icon"
    fi
    if grep -qiE '^ *(E|error):' "$work/compose.log"; then
        fail "appstreamcli compose reported errors"
        cat "$work/compose.log"
    fi
else
    fail "appstreamcli compose"
    cat "$work/compose.log"
fi

# --- The unpacked program -----------------------------------------------------------------------------------------
out=$("$binary" --version 2>&1) || fail "--version exited non-zero"
grep -qF "$version" <<<"$out" || fail "--version says '$out', not $version"
pdf="$work/handout.pdf"
if QT_QPA_PLATFORM=offscreen "$binary" --export-pdf "$pdf" --lang ja --sections overview >"$work/export.log" 2>&1; then
    pdftotext -enc UTF-8 "$pdf" - >"$work/handout.txt"
    grep -q 'ALS' "$work/handout.txt" || fail "the handout's text has no ALS"
    grep -qP '[\x{3040}-\x{30ff}]' "$work/handout.txt" || fail "the handout's text has no Japanese"
    pdffonts "$pdf" | grep -q 'BIZUDPGothic' || fail "the handout does not embed BIZ UDPGothic: $(pdffonts "$pdf")"
    [ -s "$work/export.log" ] && fail "the export complained: $(cat "$work/export.log")"
else
    fail "--export-pdf: $(cat "$work/export.log")"
fi

# Its window, as a task bar sees it: the X11 class the desktop entry names, and an icon.
if command -v xvfb-run >/dev/null && command -v xprop >/dev/null; then
    xvfb-run -a -s "-screen 0 1280x900x24" "$(dirname "$0")/package-window.sh" "$binary" "$work"
    if [ ! -s "$work/window.txt" ]; then
        fail "the window did not appear: $(cat "$work/window.log")"
    else
        grep -q "^WM_CLASS(STRING) = \"[^\"]*\", \"$wm_class\"$" "$work/window.txt" ||
            fail "the window's class is not StartupWMClass=$wm_class: $(grep WM_CLASS "$work/window.txt")"
        grep -q '^_NET_WM_ICON(CARDINAL) = ' "$work/window.txt" || fail "the window has no icon"
    fi
else
    fail "xvfb-run and xprop (xvfb, x11-utils) are needed to check the window"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s); the package is $deb"
    exit 1
fi
echo "package_contents: all checks passed"
