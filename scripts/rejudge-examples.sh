#!/usr/bin/env bash
# Re-judges the committed example comparisons (results/example-*/) from what they kept, with this
# checkout's `Lab.Plotter compare`, rewriting each folder's comparison.md, verdicts.csv and ratios.png:
# in-process examples from their paired.csv, launch-mode examples from their raw rounds (runs/base-N,
# runs/head-N). Measures nothing; extra args go to `compare`.
#
#   scripts/rejudge-examples.sh [compare options]
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
cd "$repo"
dotnet build src/Plotter/Lab.Plotter.csproj -c Release --nologo -v quiet >&2

for example in results/example-*/; do
  example=${example%/}
  if [ -f "$example/paired.csv" ]; then
    status=0
    dotnet run -c Release --no-build --project src/Plotter -- compare --paired "$example/paired.csv" --out "$example" "$@" || status=$?
    [ "$status" -ne 2 ] || exit 2
    continue
  fi
  args=()
  for side in base head; do
    flag=--base; [ "$side" = head ] && flag=--diff
    for round in $(ls -d "$example"/runs/"$side"-* | sed 's/.*-//' | sort -n); do
      args+=("$flag" "$example/runs/$side-$round")
    done
  done
  status=0
  dotnet run -c Release --no-build --project src/Plotter -- compare "${args[@]}" --out "$example" "$@" || status=$?
  [ "$status" -ne 2 ] || exit 2
done
