#!/usr/bin/env bash
# In-process paired measurement (src/Paired): for every cell, runs `Lab.Paired` in --processes
# separate processes (load order alternated: processes are the replicates), each loading both builds
# of src/Benchmarks into their own load contexts and alternating slices of that cell, and writes one
# row per process to OUT/paired.csv (cell,a,b,load_order,pairs,median_log_ratio), then judges it
# with `Lab.Plotter compare --paired` (signed-rank over processes, Holm over cells) into
# OUT/comparison.md, verdicts.csv and ratios.png. Exit codes as compare's: 0, 1 Slower, 2 bad input.
#
#   scripts/paired.sh [options] BASE_BUILD DIFF_BUILD      two build folders (src/Benchmarks/bin/Release/net10.0)
#   scripts/paired.sh [options] --aa BUILD                  the build against a copy of itself
#   scripts/paired.sh [options] --maps A,B BUILD            two maps of one build
# Options:
#   --cells "c1 c2"   cells (default: the quick profile's single-threaded lookup targets; --maps: one
#                     template with {map}, default targets/{map}/lookup/1000/1/uniform)
#   --processes N     processes per cell (default 6)
#   --pairs N         pairs per process (default 300)
#   --out DIR         where paired.csv goes (default results/paired-<timestamp>)
# A build without the paired contract exits 3: compare it in launch mode (scripts/compare.sh).
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
die() { echo "paired.sh: $*" >&2; exit 2; }

processes=6 pairs=300 out="" aa=false maps="" cells="" builds=()
while [ $# -gt 0 ]; do
  case "$1" in
    --processes) [ $# -ge 2 ] || die "--processes needs a value"; processes=$2; shift 2 ;;
    --pairs) [ $# -ge 2 ] || die "--pairs needs a value"; pairs=$2; shift 2 ;;
    --out) [ $# -ge 2 ] || die "--out needs a value"; out=$2; shift 2 ;;
    --cells) [ $# -ge 2 ] || die "--cells needs a value"; cells=$2; shift 2 ;;
    --maps) [ $# -ge 2 ] || die "--maps needs a value"; maps=$2; shift 2 ;;
    --aa) aa=true; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1" ;;
    *) builds+=("$1"); shift ;;
  esac
done
[[ "$processes" =~ ^[1-9][0-9]*$ ]] || die "--processes $processes: expected a positive integer"
[[ "$pairs" =~ ^[1-9][0-9]*$ ]] || die "--pairs $pairs: expected a positive integer"
out=${out:-$repo/results/paired-$(date -u +%Y%m%dT%H%M%SZ)}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lab-paired.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

if [ -n "$maps" ]; then
  [ ${#builds[@]} -eq 1 ] || die "--maps takes one build folder"
  pair_args=(--base "${builds[0]}" --maps "$maps")
  cells=${cells:-"targets/{map}/lookup/1000/1/uniform"}
elif $aa; then
  [ ${#builds[@]} -eq 1 ] || die "--aa takes one build folder"
  cp -r "${builds[0]}" "$tmp/copy"
  pair_args=(--base "${builds[0]}" --diff "$tmp/copy")
else
  [ ${#builds[@]} -eq 2 ] || die "usage: scripts/paired.sh [options] BASE_BUILD DIFF_BUILD (see --help)"
  pair_args=(--base "${builds[0]}" --diff "${builds[1]}")
fi
cells=${cells:-"$(printf 'targets/%s/lookup/1000/1/uniform ' cow dictionary hamt immutable layered frozen)"}

dotnet build "$repo/src/Paired/Lab.Paired.csproj" -c Release --nologo -v quiet >&2 || die "build of src/Paired failed"
dotnet build "$repo/src/Plotter/Lab.Plotter.csproj" -c Release --nologo -v quiet >&2 || die "build of the plotter failed"
mkdir -p "$out"
echo "cell,a,b,load_order,pairs,median_log_ratio" > "$out/paired.csv"
for cell in $cells; do
  for ((p = 1; p <= processes; p++)); do
    order=(); ((p % 2 == 0)) && order=(--diff-first)
    status=0
    dotnet "$repo/src/Paired/bin/Release/net10.0/Lab.Paired.dll" "${pair_args[@]}" --cell "$cell" --pairs "$pairs" --seed "$p" \
      "${order[@]+"${order[@]}"}" > "$tmp/row" 2> "$tmp/err" || status=$?
    if [ "$status" -ne 0 ]; then cat "$tmp/err" >&2; exit "$status"; fi
    tail -n 1 "$tmp/row" >> "$out/paired.csv"
  done
  echo "paired.sh: $cell: $processes processes" >&2
done
echo "paired.sh: $out/paired.csv" >&2
# Per cell (per map pair): processes, mean and standard deviation of the per-process median log
# ratios (b over a): the spread between processes is what a judge of processes as replicates faces.
awk -F, 'NR > 1 { k = ($2 == "base" ? $1 : $2 " vs " $3); n[k]++; s[k] += $6; q[k] += $6 * $6 }
  END { printf "%-45s %9s %10s %8s\n", "cell", "processes", "mean", "sd"
        for (k in n) { m = s[k] / n[k]; v = n[k] > 1 ? (q[k] - n[k] * m * m) / (n[k] - 1) : 0
                       printf "%-45s %9d %+10.4f %8.4f\n", k, n[k], m, sqrt(v > 0 ? v : 0) } }' "$out/paired.csv" | sort
dotnet "$repo/src/Plotter/bin/Release/net10.0/Lab.Plotter.dll" compare --paired "$out/paired.csv" --out "$out"
