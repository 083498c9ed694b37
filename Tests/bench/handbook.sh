#!/usr/bin/env bash
# Whole-process time and peak memory of `playbook build` on made-up handbooks of 1,000 and
# 10,000 documents (`playbook sample-handbook`): a clean build, a rebuild with nothing
# changed, one after appending a line to one document (the first such rebuild after a clean
# build on its own) and one after changing the nav partial every page uses. Where `hugo` is
# installed, Hugo builds the same content/ with the templates in Tests/bench/hugo/, clean
# each time, its builds taking turns with ours, and the ratio of the clean builds is printed:
# once with the last output set aside before each clean build, once with it deleted just
# before (see set_aside), and once over the last output, as each tool makes everything again
# when it is there (ours with --clean, writing over the site before last in its staging
# folder; Hugo as always, writing over its files).
# Every figure (wall time, CPU time, its system part, peak memory) is the median of RUNS runs (3).
# Usage: Tests/bench/handbook.sh PLAYBOOK   (PAGES="200 1000" to choose the sizes;
# BENCH_DIR=/dev/shm to work on a file system in memory, where no disk takes part)
set -euo pipefail
playbook=$(realpath "${1:-.build/release/playbook}")
bench=$(cd "$(dirname "$0")" && pwd)
repository=$(cd "$bench/../.." && pwd)
sizes=${PAGES:-1000 10000}
runs=${RUNS:-3}
work=$(mktemp -d -p "${BENCH_DIR:-${TMPDIR:-/tmp}}")
trap 'rm -rf "$work"' EXIT

row() {
  printf '%-7s %-44s %10s %10s %10s %10s\n' "$@"
}

# The middle line of a file of numbers.
median() {
  sort -n "$1" | sed -n "$(((runs + 1) / 2))p"
}

# run_once NAME PREPARE RUN COMMAND...: runs PREPARE (given RUN) then times COMMAND once,
# adding its wall time, CPU time (user + system, over all cores), the system part of it and
# peak memory to NAME's lists. CPU time shows what wall time hides on a shared machine: how
# much of the wait was the build's own work; the system part, how much of that was the
# kernel's (on this machine's disk, mostly making files where many were just deleted).
run_once() {
  local name=$1 prepare=$2 run=$3; shift 3
  "$prepare" "$run"
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$work/output" 2>&1 || { cat "$work/output"; return 1; }
  read -r wall user kernel kilobytes <"$work/time"
  echo "$wall" >>"$work/$name.walls"
  awk -v user="$user" -v kernel="$kernel" 'BEGIN { printf "%.2f\n", user + kernel }' >>"$work/$name.cpus"
  echo "$kernel" >>"$work/$name.kernels"
  echo "$((kilobytes / 1024))" >>"$work/$name.memories"
}

# report LABEL NAME: prints the medians of NAME's lists and sets $median_wall and $median_cpu.
report() {
  median_wall=$(median "$work/$2.walls")
  median_cpu=$(median "$work/$2.cpus")
  row "$pages" "$1" "$median_wall s" "$median_cpu s" "$(median "$work/$2.kernels") s" "$(median "$work/$2.memories") MB"
  rm -f "$work/$2".*
}

# measure LABEL PREPARE COMMAND...: PREPARE then COMMAND, $runs times; prints the medians.
measure() {
  local label=$1 prepare=$2; shift 2
  for run in $(seq "$runs"); do run_once step "$prepare" "$run" "$@"; done
  report "$label" step
}

ratio() {
  awk -v ours="$1" -v hugo="$2" 'BEGIN { printf "%.2f×", ours / hugo }'
}

nothing() { :; }
clean_ours() { rm -rf "$corpus/public" "$corpus/.playbook"; }
# On ext4 without a journal (this machine's disk), the kernel passes over the inodes freed
# in the last minute (six, while their table block is unwritten) each time it makes a file,
# reading each one's record to see when (fs/ext4/ialloc.c, find_inode_bit): making 20,000
# files and folders just after deleting 20,000 costs seconds in the kernel, whichever tool
# makes them. Moving the last output aside, to delete when the bench ends, measures the same
# clean build without that cost.
set_aside() {
  local path
  mkdir -p "$work/set-aside"
  for path in "$@"; do
    if [ -e "$path" ]; then mv "$path" "$(mktemp -d -p "$work/set-aside")/"; fi
  done
}
clean_ours_aside() { set_aside "$corpus/public" "$corpus/.playbook"; }
clean_hugo_aside() { set_aside "$work/hugo-public"; }
edit_document() { printf '\nDòng thêm khi đo, lần %s.\n' "$1" >>"$corpus/$edited_document"; }
edit_partial() { printf '<!-- bench edit %s -->\n' "$1" >>"$templates/partials/nav.mustache"; }
clean_hugo() { rm -rf "$work/hugo-public"; }

# take_turns SUFFIX PREPARE_OURS PREPARE_HUGO [ARGUMENTS...]: $runs of our builds (with
# ARGUMENTS) into ours$SUFFIX's lists and, where Hugo is installed, as many of Hugo's into
# hugo$SUFFIX's, run by run, each after its PREPARE.
take_turns() {
  local suffix=$1 prepare_ours=$2 prepare_hugo=$3 run; shift 3
  for run in $(seq "$runs"); do
    run_once "ours$suffix" "$prepare_ours" "$run" "${build[@]}" "$@"
    if [ "$has_hugo" = 1 ]; then
      run_once "hugo$suffix" "$prepare_hugo" "$run" hugo --quiet --source "$work/hugo-$pages" --destination "$work/hugo-public"
    fi
  done
}

# The Hugo site: the corpus's content/ as written, Hugo's config and templates, our assets.
make_hugo_site() {
  local site=$1
  mkdir -p "$site/static"
  cp "$bench/hugo/hugo.toml" "$site/"
  cp -r "$bench/hugo/layouts" "$site/"
  cp -r "$corpus/content" "$site/"
  cp -r "$repository/site-templates/assets" "$site/static/"
}

echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "working in: $work ($(stat -f -c %T "$work"))"
if command -v hugo >/dev/null; then
  has_hugo=1
  echo "hugo: $(hugo version | cut -d' ' -f2)"
else
  has_hugo=0
  echo "hugo: not installed; only our builds are measured"
fi
echo "each figure: median of $runs runs (generating: one run)"
row pages step wall cpu "of it sys" "peak mem"
for pages in $sizes; do
  corpus="$work/handbook-$pages"
  templates="$work/templates-$pages"
  cp -r "$repository/site-templates" "$templates"
  runs=1 measure "generate (sample-handbook)" nothing \
    "$playbook" sample-handbook --pages "$pages" --output "$corpus"
  edited_document=$(cd "$corpus" && find content -name '*.md' ! -name _index.md | sort | sed -n 1p)
  if [ "$has_hugo" = 1 ]; then make_hugo_site "$work/hugo-$pages"; fi
  build=("$playbook" build --templates "$templates")
  cd "$corpus"
  # With Hugo, the two tools' clean builds take turns, run by run, so that both meet the
  # machine in the same state: its speed drifts by a third within minutes.
  # Set aside first: the deleting runs leave freed inodes behind them for minutes.
  take_turns _aside clean_ours_aside clean_hugo_aside
  take_turns "" clean_ours clean_hugo
  report "ours: clean build" ours
  ours_wall=$median_wall
  ours_cpu=$median_cpu
  report "ours: clean build, last output set aside" ours_aside
  ours_aside_wall=$median_wall
  ours_aside_cpu=$median_cpu
  ours_pages=$(find public -name '*.html' | wc -l)
  measure "ours: no-op rebuild" nothing "${build[@]}"
  # After a clean build there is no staging folder to update yet: this one rebuild links
  # every file into it once. Every later rebuild updates only the files that changed.
  runs=1 measure "ours: first edit after a clean build" edit_document "${build[@]}"
  measure "ours: one document edited" edit_document "${build[@]}"
  measure "ours: nav partial edited" edit_partial "${build[@]}"
  take_turns _over nothing nothing --clean
  report "ours: --clean build over the last output" ours_over
  ours_over_wall=$median_wall
  ours_over_cpu=$median_cpu
  cd "$work"
  if [ "$has_hugo" = 1 ]; then
    report "hugo: clean build (taking turns with ours)" hugo
    row "$pages" "ours / hugo, clean build" "$(ratio "$ours_wall" "$median_wall")" "$(ratio "$ours_cpu" "$median_cpu")" "" ""
    report "hugo: clean build, last output set aside" hugo_aside
    row "$pages" "ours / hugo, last output set aside" "$(ratio "$ours_aside_wall" "$median_wall")" "$(ratio "$ours_aside_cpu" "$median_cpu")" "" ""
    report "hugo: clean build over its last output" hugo_over
    row "$pages" "ours / hugo, over the last output" "$(ratio "$ours_over_wall" "$median_wall")" "$(ratio "$ours_over_cpu" "$median_cpu")" "" ""
    echo "        pages written: ours $ours_pages, hugo $(find "$work/hugo-public" -name '*.html' | wc -l)"
    set_aside "$work/hugo-$pages" "$work/hugo-public"
  else
    echo "        pages written: ours $ours_pages"
  fi
  set_aside "$corpus" "$templates"
done
