#!/usr/bin/env bash
# Where the render's time and bytes go, for the engine team: BenchmarkDotNet's EventPipe CPU sampling of the two
# render benchmarks (top methods by self and inclusive time, from the *.speedscope.json it writes) and the
# runtime's allocation sampling by type (--allocations). A few minutes on 2 cores. See docs/benchmarks.md.
#
# Environment: BENCH_OUT (default /tmp/renderer-bench/profile), BENCH_ARTIFACTS (default /tmp/art/bench),
# BENCH_CPU (CPU to pin to, default 0; empty: no pinning), TOP (methods listed, default 25).
set -euo pipefail
cd "$(dirname "$0")/.."

out=${BENCH_OUT:-/tmp/renderer-bench/profile}
artifacts=${BENCH_ARTIFACTS:-/tmp/art/bench}
cpu=${BENCH_CPU-0}
top=${TOP:-25}
pin=()
if [ -n "$cpu" ] && command -v taskset >/dev/null 2>&1; then pin=(taskset -c "$cpu"); fi
mkdir -p "$out"

echo "engine: $(git log -1 --format='%h %cs %s' -- src/Renderer.Scriban | cut -c1-100)"
if ! build_log=$(dotnet build tests/Renderer.Benchmarks -c Release --artifacts-path "$artifacts" --disable-build-servers -nologo 2>&1); then
  echo "$build_log" | grep -E 'error|Error' | sort -u | head -30 >&2
  exit 1
fi
dll="$artifacts/bin/Renderer.Benchmarks/release/Renderer.Benchmarks.dll"

echo "== allocations by type"
"${pin[@]}" dotnet "$dll" --allocations 40

echo "== CPU samples (BenchmarkDotNet --profiler EP, short job)"
rm -f "$out"/*.speedscope.json
"${pin[@]}" dotnet "$dll" --filter '*EngineRender*' '*ProductRender*' --job short --profiler EP --artifacts "$out" >"$out/ep.log"
for trace in "$out"/*.speedscope.json; do
  echo "-- $(basename "$trace")"
  python3 benchmarks/speedscope_top.py "$trace" --top "$top"
done
