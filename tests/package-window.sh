#!/usr/bin/env bash
# Run by package-test.sh inside xvfb-run: starts the unpacked guide and writes what a task bar reads of its main
# window (WM_CLASS, _NET_WM_ICON) to WORK/window.txt.  Usage: package-window.sh BINARY WORK
binary=$1 work=$2
env -u QT_QPA_PLATFORM "$binary" --lang ja >"$work/window.log" 2>&1 &
app=$!
# The main window is the top-level window with a class; Qt's helper windows have none. Polled, not timed: a slow
# machine only waits longer (up to a minute).
window=""
for _ in $(seq 1 600); do
    window=$(xwininfo -root -children 2>/dev/null | grep -m1 -E '": \("[^"]+" "[^"]+"\)' | awk '{print $1}')
    [ -n "$window" ] && break
    sleep 0.1
done
[ -n "$window" ] && xprop -id "$window" WM_CLASS _NET_WM_ICON >"$work/window.txt" 2>&1
kill "$app" 2>/dev/null
wait "$app" 2>/dev/null
exit 0
