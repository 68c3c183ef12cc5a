#!/usr/bin/env bash
# Renders the shipped nginx.conf (http + stream) over the synthetic 1,000 services x 10 instances catalog with
# Renderer and with Go's text/template, checks that both outputs are byte-identical, and prints the figures
# and the ratio (Go's time / ours; the issue's target is >= 2). See docs/benchmarks.md.
#
#   benchmarks/run.sh          full run: BenchmarkDotNet's default job (about 15 minutes on 2 cores)
#   benchmarks/run.sh quick    BenchmarkDotNet's short job and shorter Go runs (a few minutes)
#
# Environment: BENCH_OUT (results, default /tmp/renderer-bench), BENCH_ARTIFACTS (build output, default
# /tmp/art/bench), BENCH_CPU (the one CPU every measured process is pinned to, default 0; empty: no pinning).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-full}
case "$mode" in
  full) go_args=(-benchtime 3s -count 5 -loop 200); loop=100; rounds=5; bdn_job=() ;;
  quick) go_args=(-benchtime 1s -count 2 -loop 50); loop=30; rounds=2; bdn_job=(--job short) ;;
  *) echo "usage: $0 [full|quick]" >&2; exit 2 ;;
esac

out=${BENCH_OUT:-/tmp/renderer-bench}
artifacts=${BENCH_ARTIFACTS:-/tmp/art/bench}
cpu=${BENCH_CPU-0}
mkdir -p "$out"

# "One core", as the issue's Go figure: both programs run pinned to one CPU, Go with GOMAXPROCS=1.
pin=()
if [ -n "$cpu" ] && command -v taskset >/dev/null 2>&1; then pin=(taskset -c "$cpu"); fi

if ! command -v go >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq golang-go >/dev/null
fi

echo "== machine"
echo "nproc: $(nproc)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo ".NET SDK: $(dotnet --version)"
echo "go: $(go version)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "pinned to: ${pin[*]:-(not pinned)}"
echo "engine: $(git log -1 --format='%h %cs %s' -- src/Renderer.Scriban | cut -c1-100)"
echo "templates: $(git log -1 --format='%h %cs %s' -- templates | cut -c1-100)"
if [ -n "$(git status --porcelain -- src/Renderer.Scriban src/Renderer.Core templates)" ]; then echo "note: src/ or templates/ has uncommitted changes (measured as they are)"; fi

echo "== build"
if ! build_log=$(dotnet build tests/Renderer.Benchmarks -c Release --artifacts-path "$artifacts" --disable-build-servers -nologo 2>&1); then
  echo "$build_log" | grep -E 'error|Error' | sort -u | head -30 >&2
  exit 1
fi
dll="$artifacts/bin/Renderer.Benchmarks/release/Renderer.Benchmarks.dll"
# Standard library only: no module download, no toolchain download.
(cd benchmarks/go-text-template && GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=readonly GOCACHE="$artifacts/gocache" \
  go build -o "$artifacts/gotexttemplate" .)

echo "== catalog and outputs"
dotnet "$dll" --export-catalog "$out/catalog.json" --render-output "$out/renderer.conf"

echo "== Go text/template (GOMAXPROCS=1)"
GOMAXPROCS=1 "${pin[@]}" "$artifacts/gotexttemplate" -catalog "$out/catalog.json" -out "$out/go.conf" -json "$out/go.json" "${go_args[@]}"

echo "== byte comparison"
if cmp -s "$out/renderer.conf" "$out/go.conf"; then
  echo "identical: $(wc -c <"$out/renderer.conf") bytes, $(wc -l <"$out/renderer.conf") lines"
else
  echo "the outputs differ (first differences below): the comparison is void until they match" >&2
  diff "$out/renderer.conf" "$out/go.conf" | head -20 >&2
  exit 1
fi

# Wall time on a machine shared with other jobs counts their time too, and the load changes between the Go run
# and BenchmarkDotNet's. CPU-time loops of both, alternated round by round, give the steadier ratio there.
echo "== CPU-time loops, Go and Renderer alternated ($rounds rounds of $loop renders each)"
for round in $(seq "$rounds"); do
  GOMAXPROCS=1 "${pin[@]}" "$artifacts/gotexttemplate" -catalog "$out/catalog.json" -json "$out/go-loop-$round.json" -count 0 -loop "$loop" \
    | grep '^CPU-time' | sed "s/^/round $round Go: /"
  "${pin[@]}" dotnet "$dll" --loop "$loop" --go-result "$out/go-loop-$round.json" | grep '^LOOP' | sed "s/^/round $round /"
done | tee "$out/loops.log"
for benchmark in EngineRender ProductRender; do
  grep "LOOP $benchmark:" "$out/loops.log" | sed 's/.*CPU time) = //' | sort -n \
    | awk -v name="$benchmark" '{ r[NR] = $1 } END { printf "MEDIAN %s: Go/this (CPU time) = %s over %d rounds (min %s, max %s)\n", name, r[int((NR + 1) / 2)], NR, r[1], r[NR] }'
done

echo "== Renderer: BenchmarkDotNet ${bdn_job[*]:-default job}"
"${pin[@]}" dotnet "$dll" --filter '*' "${bdn_job[@]}" --artifacts "$out/bdn" --go-result "$out/go.json" | tee "$out/bdn.log" \
  | sed -n '/^BenchmarkDotNet v/,/^\/\/ \* Legends/p;/^RATIO /p' | grep -v '^// \* Legends'
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "results: $out (BenchmarkDotNet reports in $out/bdn/results)"
