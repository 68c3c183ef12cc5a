#!/usr/bin/env bash
# Issue 5 load scenario (docs/benchmarks.md, "Watching at scale"): publishes the CLI (ReadyToRun), starts the
# Consul simulator in-process with 5,000 services x 5 instances, runs the real `renderer render` over a template
# ranging over every service, makes 240 changes one at a time and prints: peak open connections, requests per
# change, change-to-disk latency percentiles, idle CPU, RSS, and the time of an offline render of the catalog.
#
#   benchmarks/scale/run.sh                      the full scenario (about 10 minutes on 2 cores)
#   benchmarks/scale/run.sh --services 1000 --changes 40 --idle-seconds 10    a quick one
#
# Every option of tests/Renderer.LoadTests is accepted (--budget, --spacing-ms, --startup-runs ...).
# Environment: SCALE_ARTIFACTS (build output, default /tmp/art/scale), SCALE_OUT (work directory, default
# /tmp/renderer-scale: template, rendered file, renderer log, catalog file).
set -euo pipefail
cd "$(dirname "$0")/../.."

artifacts=${SCALE_ARTIFACTS:-/tmp/art/scale}
out=${SCALE_OUT:-/tmp/renderer-scale}

echo "== machine"
echo "nproc: $(nproc)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo ".NET SDK: $(dotnet --version)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== build"
dotnet publish src/Renderer.Cli/Renderer.Cli.csproj -c Release --artifacts-path "$artifacts" --disable-build-servers \
  -o "$artifacts/publish" -v quiet -nologo >/dev/null
dotnet build tests/Renderer.LoadTests/Renderer.LoadTests.csproj -c Release --artifacts-path "$artifacts" \
  --disable-build-servers -v quiet -nologo >/dev/null

echo "== scenario"
dotnet "$artifacts/bin/Renderer.LoadTests/release/Renderer.LoadTests.dll" --renderer "$artifacts/publish/renderer" --out "$out" "$@"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
