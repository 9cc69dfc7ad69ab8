#!/usr/bin/env bash
# Did a change make any map slower? Builds two commits side by side (git worktrees in a temp dir),
# measures the quick profile's cells of both on this machine and judges every cell with
# `Lab.Plotter compare` (see README.md, "Checking a change for regressions", for the rules and the
# report).
#
#   scripts/compare.sh [options] BASE_REF [HEAD_REF] [-- benchmark args]
#   scripts/compare.sh [options] --aa [REF] [-- benchmark args]
#
# HEAD_REF / REF default to the working tree as it is (uncommitted changes included).
# Two modes:
#   in-process (default)  both builds loaded into one process (scripts/paired.sh, src/Paired),
#                         alternated slice by slice, --processes processes as the replicates; the
#                         expected power (from the committed A/A calibration) is printed first. A
#                         side built before the paired contract falls back to launch mode, saying so.
#   launches              BenchmarkDotNet runs of each side, interleaved over --rounds rounds, each
#                         cell in --launches processes per round.
# Options:
#   --mode M         in-process (default) or launches
#   --processes N    in-process: processes (default 24; 14 are the fewest that can decide a cell of
#                    65 at family-wise alpha 0.01); the time grows with N, and so does the power
#   --cell-ms MS     in-process: measured time per cell and process (default 200)
#   --rounds N       launches: rounds per side (default 4); round r runs A then B when r is odd, B
#                    then A when even; with enough rounds (14 at 42 cells) the judge pairs them
#   --launches N     launches: processes per cell per round (BenchmarkDotNet's --launchCount,
#                    default 2); rounds x launches bounds how many cells can be decided (printed)
#   --out DIR        report folder (default results/compare-<base>-vs-<head>, or results/aa-<ref>)
#   --threshold P%   relative threshold of the comparison (default 5%)
#   --noise Xns      launches: absolute noise floor of the comparison (default 0.5ns)
#   --alpha A        family-wise error over all cells (default 0.01)
#   --keep           keep the temp dir (worktrees, raw runs) and print where it is
#   --aa             A/A calibration: one build against itself (in-process: against a copy of its
#                    build); counts Slower/Faster (false alarms) and Inconclusive cells
# Benchmark args (after --) go to the benchmark app of both sides (in-process mode measures the
# cells they select); `--profile quick` is added unless they name a profile.
# Example: scripts/compare.sh main -- --filter '*cow*'
#
# Exit codes: 0 no regression (A/A: no cell Slower or Faster), 1 at least one cell Slower (A/A: at
# least one cell Slower or Faster), 2 bad input (unknown ref, build failure, missing or incompatible
# results, settings that can never reach alpha).
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
cd "$repo"

die() { echo "compare.sh: $*" >&2; exit 2; }

mode=in-process processes=24 cell_ms=200 rounds=4 launches=2 alpha=0.01 out="" keep=false aa=false tree="" compare_args=() refs=() bench_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) [ $# -ge 2 ] || die "--rounds needs a value"; rounds=$2; shift 2 ;;
    --launches) [ $# -ge 2 ] || die "--launches needs a value"; launches=$2; shift 2 ;;
    --out) [ $# -ge 2 ] || die "--out needs a value"; out=$2; shift 2 ;;
    --alpha) [ $# -ge 2 ] || die "--alpha needs a value"; alpha=$2; compare_args+=("$1" "$2"); shift 2 ;;
    --threshold|--noise) [ $# -ge 2 ] || die "$1 needs a value"; compare_args+=("$1" "$2"); shift 2 ;;
    --mode) [ $# -ge 2 ] || die "--mode needs a value"; mode=$2; shift 2 ;;
    --processes) [ $# -ge 2 ] || die "--processes needs a value"; processes=$2; shift 2 ;;
    --cell-ms) [ $# -ge 2 ] || die "--cell-ms needs a value"; cell_ms=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    --aa) aa=true; shift ;;
    --) shift; bench_args=("$@"); break ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1" ;;
    *) refs+=("$1"); shift ;;
  esac
done
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || die "--rounds $rounds: expected a positive integer"
[[ "$launches" =~ ^[1-9][0-9]*$ ]] || die "--launches $launches: expected a positive integer"
[[ "$mode" =~ ^(in-process|launches)$ ]] || die "--mode $mode: expected in-process or launches"
[[ "$processes" =~ ^[1-9][0-9]*$ ]] || die "--processes $processes: expected a positive integer"
[[ "$cell_ms" =~ ^[1-9][0-9]*$ ]] || die "--cell-ms $cell_ms: expected a positive integer"
per_side=$((rounds * launches))
# The most cells for which the exact test of per_side vs per_side launches can reach alpha / cells
# (Holm's first level): alpha * C(2n, n) / 2.
max_cells=$(awk -v n="$per_side" -v a="$alpha" 'BEGIN { c = 1; for (i = 1; i <= n; i++) c = c * (n + i) / i; printf "%d", a * c / 2 }') \
  || die "--alpha $alpha: expected a number"
[ "$max_cells" -ge 1 ] || die "$rounds rounds x $launches launches = $per_side launches a side can never reach alpha $alpha; add rounds or launches"
[ "$mode" = in-process ] || echo "compare.sh: $per_side launches a side: the exact test can decide up to $max_cells cells at family-wise alpha $alpha" >&2
if $aa; then
  [ ${#refs[@]} -le 1 ] || die "--aa takes at most one ref"
else
  [ ${#refs[@]} -ge 1 ] && [ ${#refs[@]} -le 2 ] || die "usage: scripts/compare.sh [options] BASE_REF [HEAD_REF] [-- benchmark args] (see --help)"
fi
has_profile=false has_launches=false
for a in "${bench_args[@]+"${bench_args[@]}"}"; do
  [ "$a" = "--profile" ] && has_profile=true
  [ "$a" = "--launchCount" ] && has_launches=true
done
$has_profile || bench_args=(--profile quick "${bench_args[@]+"${bench_args[@]}"}")
$has_launches || bench_args=("${bench_args[@]}" --launchCount "$launches")

# "<sha>" for a ref, "" for the working tree; unknown refs are bad input.
resolve() {
  git rev-parse --verify --quiet "$1^{commit}" || die "unknown ref: $1"
}
label() { if [ -n "$1" ]; then git rev-parse --short "$1"; else echo worktree; fi; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/lab-compare.XXXXXX")
worktrees=()
cleanup() {
  if $keep; then echo "compare.sh: kept $tmp" >&2; return; fi
  for w in "${worktrees[@]+"${worktrees[@]}"}"; do git worktree remove --force "$w" >/dev/null 2>&1 || true; done
  rm -rf "$tmp"
  git worktree prune
}
trap cleanup EXIT

# Checks out a sha ("" = this working tree) and builds its benchmark app; sets $tree.
prepare() {
  local sha=$1 name=$2
  if [ -z "$sha" ]; then
    tree=$repo
  else
    tree=$tmp/$name
    git worktree add --detach --quiet "$tree" "$sha" >&2 || die "cannot check out $sha"
    worktrees+=("$tree")
  fi
  echo "compare.sh: building $name ($(label "$sha")) in $tree" >&2
  dotnet build "$tree/src/Benchmarks/Lab.Benchmarks.csproj" -c Release --nologo -v quiet >&2 \
    || die "build of $name ($(label "$sha")) failed"
}

# Runs one side once, keeps its results as $out/runs/<name>-<round> (so the report names folders
# that outlive the temp dir and the judgment can be re-run) and prints that folder.
run_side() {
  local tree=$1 name=$2 round=$3 dir=$tmp/runs/$2-$3 kept=$out/runs/$2-$3
  echo "compare.sh: round $round/$rounds: $name" >&2
  (cd "$tree" && dotnet run -c Release --no-build --project src/Benchmarks -- "${bench_args[@]}" --results "$dir") >&2 \
    || die "benchmark run $name round $round failed"
  # $dir is fresh for each run, so it holds one run folder (commits before the plotter's publish also
  # wrote a latest/ copy of it beside it).
  local run
  run=$(find "$dir" -mindepth 1 -maxdepth 1 -type d ! -name latest ! -name '.*' | head -n 1)
  [ -n "$run" ] && [ -f "$run/measurements.csv" ] || die "benchmark run $name round $round wrote no measurements.csv under $dir"
  mkdir -p "$out/runs" && rm -rf "$kept" && cp -r "$run" "$kept"
  echo "$kept"
}

if $aa; then
  sha_a=$(if [ ${#refs[@]} -eq 1 ]; then resolve "${refs[0]}"; fi)
  sha_b=$sha_a
  out=${out:-results/aa-$(label "$sha_a")}
else
  sha_a=$(resolve "${refs[0]}")
  sha_b=$(if [ ${#refs[@]} -eq 2 ]; then resolve "${refs[1]}"; fi)
  out=${out:-results/compare-$(label "$sha_a")-vs-$(label "$sha_b")}
fi

# The judging tool is this checkout's: the base commit may predate it. Build it before measuring.
dotnet build "$repo/src/Plotter/Lab.Plotter.csproj" -c Release --nologo -v quiet >&2 || die "build of the plotter failed"
prepare "$sha_a" base
tree_a=$tree
if $aa; then tree_b=$tree_a; else prepare "$sha_b" head; tree_b=$tree; fi

# Prints the A/A outcome and exits 1 on any false alarm (Slower or Faster), else 0.
aa_verdict() {
  local total alarms breakdown
  total=$(($(wc -l < "$out/verdicts.csv") - 1))
  # The verdict is the second column and contains no comma; false alarms are Slower and Faster only.
  alarms=$(awk -F, 'NR > 1 && ($2 == "Slower" || $2 == "Faster")' "$out/verdicts.csv" | wc -l)
  breakdown=$(awk -F, 'NR > 1 { n[$2]++ } END { printf "%d Slower, %d Faster, %d Same, %d Inconclusive", n["Slower"], n["Faster"], n["Same"], n["Inconclusive"] }' "$out/verdicts.csv")
  echo "A/A ($1): $alarms false alarms of $total cells ($breakdown; report: $out/comparison.md)"
  [ "$alarms" -eq 0 ] || exit 1
  exit 0
}

if [ "$mode" = in-process ]; then
  build_a=$tree_a/src/Benchmarks/bin/Release/net10.0 build_b=$tree_b/src/Benchmarks/bin/Release/net10.0
  if $aa; then sides=(--aa "$build_a"); else sides=("$build_a" "$build_b"); fi
  # The cells: what the base build's benchmark app selects with the benchmark args (quick profile).
  # A base from before `--cells` exits 2 here (and has no paired contract either): launch mode.
  cells_status=0
  (cd "$tree_a" && dotnet "$build_a/Lab.Benchmarks.dll" "${bench_args[@]}" --cells) > "$tmp/cells" 2> "$tmp/cells.err" || cells_status=$?
  [ "$cells_status" -eq 0 ] || echo "compare.sh: the base build's --cells failed (exit $cells_status): an app from before it, or benchmark args it refuses" >&2
  if [ "$cells_status" -eq 0 ] && grep -q . "$tmp/cells"; then
    calibration=$repo/results/example-aa/paired.csv
    if [ -f "$calibration" ]; then
      dotnet "$repo/src/Plotter/bin/Release/net10.0/Lab.Plotter.dll" power --paired "$calibration" --processes "$processes" \
        --summary --splits 100 --factors 1.02,1.03,1.05,1.1,1.2,1.5 "${compare_args[@]+"${compare_args[@]}"}" | sed 's/^/compare.sh: /' >&2 || true
    fi
    status=0
    "$repo/scripts/paired.sh" --processes "$processes" --cell-ms "$cell_ms" --cells-file "$tmp/cells" --out "$out" "${sides[@]}" \
      -- "${compare_args[@]+"${compare_args[@]}"}" || status=$?
    if [ "$status" -ne 3 ]; then
      [ "$status" -eq 2 ] && exit 2
      $aa && aa_verdict in-process
      echo "report: $out/comparison.md, $out/verdicts.csv, $out/ratios.png"
      exit "$status"
    fi
  fi
  echo "compare.sh: a side has no paired-runner contract of version 2 (a commit before it): falling back to launch mode" >&2
fi

base_args=() diff_args=()
for ((r = 1; r <= rounds; r++)); do
  if ((r % 2 == 1)); then
    a=$(run_side "$tree_a" base "$r")
    b=$(run_side "$tree_b" head "$r")
  else
    b=$(run_side "$tree_b" head "$r")
    a=$(run_side "$tree_a" base "$r")
  fi
  base_args+=(--base "$a")
  diff_args+=(--diff "$b")
done

status=0
dotnet run -c Release --no-build --project "$repo/src/Plotter" -- compare \
  "${base_args[@]}" "${diff_args[@]}" --out "$out" "${compare_args[@]+"${compare_args[@]}"}" || status=$?
[ "$status" -eq 2 ] && exit 2

$aa && aa_verdict launches
echo "report: $out/comparison.md, $out/verdicts.csv, $out/ratios.png"
exit "$status"
