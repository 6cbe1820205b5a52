#!/usr/bin/env bash
# Benchmarks, in one run on this machine: start to first painted view and resident memory after visiting every
# view, each against a bare Qt 6 program showing the overview in one QTextBrowser; search latency per keystroke.
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

echo "== search latency per keystroke"
"$build/bench/bench_search" | tee "$out/search.txt"

echo "== consultation storage: durable submits and the inbox over 100,000 requests"
port=54339
"$here/../tests/postgres-fixture.sh" start "$port" >/dev/null
trap '"$here/../tests/postgres-fixture.sh" stop "$port"; rm -rf "$config"' EXIT
"$build/bench/bench_store" "${TMPDIR:-/var/tmp}" "postgresql://als@127.0.0.1:$port/als_test" | tee "$out/store.txt"
