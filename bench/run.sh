#!/usr/bin/env bash
# Benchmarks, in one run on this machine: start to first painted view and resident memory after visiting every
# view, each against a bare Qt 6 program showing the overview in one QTextBrowser; a full repaint of the stem-cell
# view at 300 % text; search latency per keystroke.
set -euo pipefail
build=${1:-build}
runs=${RUNS:-30}
here=$(cd "$(dirname "$0")" && pwd)
out="$here/results"
mkdir -p "$out"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
export XDG_CONFIG_HOME="$config"

app="$build/als-evidence-guide --lang ja"
floor="$build/bench/bench_floor"

echo "== start to first paint (warm cache, $runs runs, platform $QT_QPA_PLATFORM)"
ALS_BENCH_PROBE=1 hyperfine --style basic --warmup 3 --runs "$runs" --export-json "$out/startup.json" \
    -n floor "$floor" -n app "$app" >/dev/null
python3 - "$out/startup.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
f, a = r["floor"], r["app"]
for name, x in (("floor", f), ("app", a)):
    print(f"startup_ms {name} mean {x['mean']*1000:.1f} median {x['median']*1000:.1f} stddev {x['stddev']*1000:.1f}")
print(f"startup_ratio {a['median']/f['median']:.2f}  (target <= 1.3)")
PY

echo "== resident memory after visiting every view"
rss() { local best=""; for _ in 1 2 3 4 5; do v=$(ALS_BENCH_PROBE=visit $1 | awk '/^rss_kb/{print $2}'); best=${best:-$v}; [ "$v" -lt "$best" ] && best=$v; done; echo "$best"; }
floor_kb=$(rss "$floor")
app_kb=$(rss "$app")
echo "rss_kb floor $floor_kb"
echo "rss_kb app $app_kb"
python3 -c "print(f'rss_ratio {$app_kb/$floor_kb:.2f}  (target <= 1.5)')"

echo "== full repaint of the stem-cell view at 300 % text (1280×900, platform $QT_QPA_PLATFORM)"
"$build/bench/bench_repaint" | tee "$out/repaint.txt"

echo "== read aloud: pressing the button to the first text handed to the speech engine"
"$build/bench/bench_readaloud" | tee "$out/readaloud.txt"

echo "== search latency per keystroke"
"$build/bench/bench_search" | tee "$out/search.txt"

echo "== the whole Japanese handout as PDF: this program from the command line, against Chromium printing HTML"
html="$config/handout.html"
"$build/bench/bench_handout_html" "$html" ja
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$chrome" ]; then
    profile="$config/chromium"
    hyperfine --style basic --warmup 2 --runs "${HANDOUT_RUNS:-10}" --export-json "$out/handout.json" \
        -n app "$build/als-evidence-guide --lang ja --export-pdf $config/handout-app.pdf" \
        -n chromium "$chrome --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$profile --no-pdf-header-footer --print-to-pdf=$config/handout-chromium.pdf file://$html" >/dev/null
    python3 - "$out/handout.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
for name in ("app", "chromium"):
    print(f"handout_ms {name} median {r[name]['median']*1000:.0f} mean {r[name]['mean']*1000:.0f}")
print(f"handout_ratio {r['app']['median']/r['chromium']['median']:.2f}  (target <= 0.5)")
PY
else
    echo "handout: chromium is not installed (./project.sh bench installs it)"
fi

echo "== consultation storage: durable submits; opening, filtering and searching the inbox at 100,000 and 1,000,000 requests"
port=54339
"$here/../tests/postgres-fixture.sh" start "$port" >/dev/null
trap '"$here/../tests/postgres-fixture.sh" stop "$port"; rm -rf "$config"' EXIT
"$build/bench/bench_store" "${TMPDIR:-/var/tmp}" "postgresql://als@127.0.0.1:$port/als_test" | tee "$out/store.txt"
