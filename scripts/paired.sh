#!/usr/bin/env bash
# In-process paired measurement (src/Paired): runs `Lab.Paired` in --processes separate processes
# (processes are the replicates; the load order alternates), each loading both builds of
# src/Benchmarks into their own load contexts and, for every cell in a shuffled order, warming both
# in turns and alternating slices of one and the other. Writes one row per process and cell to
# OUT/paired.csv (the process's median per-pair log ratio), then judges it with
# `Lab.Plotter compare --paired` (signed-rank over processes, Holm over cells) into OUT/comparison.md,
# verdicts.csv and ratios.png. Exit codes as compare's: 0, 1 Slower, 2 bad input, 3 a build has no
# paired contract (compare it in launch mode: scripts/compare.sh --mode launches).
#
#   scripts/paired.sh [options] BASE_BUILD DIFF_BUILD      two build folders (src/Benchmarks/bin/Release/net10.0)
#   scripts/paired.sh [options] --aa BUILD                  the build against a copy of itself
#   scripts/paired.sh [options] --maps A,B BUILD            two maps of one build
# Options:
#   --cells-file F    cell ids, one per line (default: the quick profile's cells, from the base
#                     build's `--profile quick --cells`; --maps: targets/{map}/lookup/1000/1/uniform)
#   --processes N     processes (default 24; at family-wise alpha 0.01 over 65 cells the signed-rank
#                     test needs 14 to decide a cell at all)
#   --cell-ms MS      measured time per cell and process after warm-up (default 200)
#   --out DIR         where paired.csv and the report go (default results/paired-<timestamp>)
#   -- ARGS           passed to `Lab.Plotter compare` (--threshold, --alpha, ...)
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
die() { echo "paired.sh: $*" >&2; exit 2; }

processes=24 cell_ms=200 out="" aa=false maps="" cells_file="" builds=() judge_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --processes) [ $# -ge 2 ] || die "--processes needs a value"; processes=$2; shift 2 ;;
    --cell-ms) [ $# -ge 2 ] || die "--cell-ms needs a value"; cell_ms=$2; shift 2 ;;
    --out) [ $# -ge 2 ] || die "--out needs a value"; out=$2; shift 2 ;;
    --cells-file) [ $# -ge 2 ] || die "--cells-file needs a value"; cells_file=$2; shift 2 ;;
    --maps) [ $# -ge 2 ] || die "--maps needs a value"; maps=$2; shift 2 ;;
    --aa) aa=true; shift ;;
    --) shift; judge_args=("$@"); break ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1" ;;
    *) builds+=("$1"); shift ;;
  esac
done
[[ "$processes" =~ ^[1-9][0-9]*$ ]] || die "--processes $processes: expected a positive integer"
[[ "$cell_ms" =~ ^[1-9][0-9]*$ ]] || die "--cell-ms $cell_ms: expected a positive integer"
[ -z "$cells_file" ] || [ -f "$cells_file" ] || die "--cells-file $cells_file: file not found"
out=${out:-$repo/results/paired-$(date -u +%Y%m%dT%H%M%SZ)}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lab-paired.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

if [ -n "$maps" ]; then
  [ ${#builds[@]} -eq 1 ] || die "--maps takes one build folder"
  pair_args=(--base "${builds[0]}" --maps "$maps")
  [ -n "$cells_file" ] || { echo "targets/{map}/lookup/1000/1/uniform" > "$tmp/cells"; cells_file=$tmp/cells; }
elif $aa; then
  [ ${#builds[@]} -eq 1 ] || die "--aa takes one build folder"
  cp -r "${builds[0]}" "$tmp/copy"
  pair_args=(--base "${builds[0]}" --diff "$tmp/copy")
else
  [ ${#builds[@]} -eq 2 ] || die "usage: scripts/paired.sh [options] BASE_BUILD DIFF_BUILD (see --help)"
  pair_args=(--base "${builds[0]}" --diff "${builds[1]}")
fi
[ -f "${builds[0]}/Lab.Benchmarks.dll" ] || die "${builds[0]}: no Lab.Benchmarks.dll (build src/Benchmarks -c Release first)"
if [ -z "$cells_file" ]; then
  dotnet "${builds[0]}/Lab.Benchmarks.dll" --profile quick --cells > "$tmp/cells" || die "the base build cannot list its quick cells"
  cells_file=$tmp/cells
fi
cells=$(grep -c . "$cells_file" || true)

dotnet build "$repo/src/Paired/Lab.Paired.csproj" -c Release --nologo -v quiet >&2 || die "build of src/Paired failed"
dotnet build "$repo/src/Plotter/Lab.Plotter.csproj" -c Release --nologo -v quiet >&2 || die "build of the plotter failed"
mkdir -p "$out"
echo "paired.sh: $cells cells x $processes processes, ${cell_ms} ms measured per cell and process" >&2
first=true
for ((p = 1; p <= processes; p++)); do
  order=(); ((p % 2 == 0)) && order=(--diff-first)
  status=0
  dotnet "$repo/src/Paired/bin/Release/net10.0/Lab.Paired.dll" "${pair_args[@]}" --cells-file "$cells_file" --cell-ms "$cell_ms" \
    --seed "$p" "${order[@]+"${order[@]}"}" > "$tmp/rows" 2> "$tmp/err" || status=$?
  if [ "$status" -ne 0 ]; then cat "$tmp/err" >&2; exit "$status"; fi
  if $first; then head -n 1 "$tmp/rows" > "$out/paired.csv"; cat "$tmp/err" >&2; first=false; fi # cells a side cannot run, said once
  tail -n +2 "$tmp/rows" >> "$out/paired.csv"
  echo "paired.sh: process $p/$processes done" >&2
done
echo "paired.sh: $out/paired.csv" >&2
dotnet "$repo/src/Plotter/bin/Release/net10.0/Lab.Plotter.dll" compare --paired "$out/paired.csv" --out "$out" "${judge_args[@]+"${judge_args[@]}"}"
