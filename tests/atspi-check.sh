#!/usr/bin/env bash
# Starts the guide in a virtual X display with a session D-Bus and the AT-SPI bus, as a screen reader's desktop
# would have them, and runs atspi_check.py against it.  Usage: atspi-check.sh BINARY
set -euo pipefail
binary=$1
here=$(cd "$(dirname "$0")" && pwd)
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
export XDG_CONFIG_HOME="$config" XDG_DATA_HOME="$config/data" XDG_RUNTIME_DIR="$config/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
exec xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session -- bash -c '
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    bus=$!
    sleep 1
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 "$0" --lang en >"$2" 2>&1 &
    app=$!
    status=0
    /usr/bin/python3 "$1" || status=$?
    if [ $status -ne 0 ]; then echo "--- the guide said:"; cat "$2"; fi
    kill $app $bus 2>/dev/null || true
    wait $app 2>/dev/null || true
    exit $status
' "$binary" "$here/atspi_check.py" "$config/app.log"
