#!/usr/bin/env bash
# Whole-process time and peak memory of `playbook build` on made-up handbooks of 1,000 and
# 10,000 documents (`playbook sample-handbook`): a clean build, a rebuild with nothing
# changed, one after appending a line to one document (the first such rebuild after a clean
# build on its own) and one after changing the nav partial every page uses. Where `hugo` is
# installed, Hugo builds the same content/ with the templates in Tests/bench/hugo/, clean
# each time, and the ratio of the clean builds is printed. Every figure (wall time, CPU time, peak memory) is the median of RUNS runs (3).
# Usage: Tests/bench/handbook.sh PLAYBOOK   (PAGES="200 1000" to choose the sizes)
set -euo pipefail
playbook=$(realpath "${1:-.build/release/playbook}")
bench=$(cd "$(dirname "$0")" && pwd)
repository=$(cd "$bench/../.." && pwd)
sizes=${PAGES:-1000 10000}
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

row() {
  printf '%-7s %-30s %10s %10s %10s\n' "$@"
}

# The middle line of a file of numbers.
median() {
  sort -n "$1" | sed -n "$(((runs + 1) / 2))p"
}

# measure LABEL PREPARE COMMAND...: runs PREPARE then times COMMAND, $runs times, and prints
# the medians of wall time, CPU time (user + system, over all cores) and peak memory. CPU
# time shows what wall time hides on a shared machine: how much of the wait was our work.
# Sets $median_wall and $median_cpu for the ratios.
measure() {
  local label=$1 prepare=$2; shift 2
  : >"$work/walls"
  : >"$work/cpus"
  : >"$work/memories"
  for run in $(seq "$runs"); do
    "$prepare" "$run"
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$work/output" 2>&1 || { cat "$work/output"; return 1; }
    read -r wall user kernel kilobytes <"$work/time"
    echo "$wall" >>"$work/walls"
    awk -v user="$user" -v kernel="$kernel" 'BEGIN { printf "%.2f\n", user + kernel }' >>"$work/cpus"
    echo "$((kilobytes / 1024))" >>"$work/memories"
  done
  median_wall=$(median "$work/walls")
  median_cpu=$(median "$work/cpus")
  row "$pages" "$label" "$median_wall s" "$median_cpu s" "$(median "$work/memories") MB"
}

ratio() {
  awk -v ours="$1" -v hugo="$2" 'BEGIN { printf "%.2f×", ours / hugo }'
}

nothing() { :; }
clean_ours() { rm -rf "$corpus/public" "$corpus/.playbook"; }
edit_document() { printf '\nDòng thêm khi đo, lần %s.\n' "$1" >>"$corpus/$edited_document"; }
edit_partial() { printf '<!-- bench edit %s -->\n' "$1" >>"$templates/partials/nav.mustache"; }
clean_hugo() { rm -rf "$work/hugo-public"; }

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
if command -v hugo >/dev/null; then
  has_hugo=1
  echo "hugo: $(hugo version | cut -d' ' -f2)"
else
  has_hugo=0
  echo "hugo: not installed; only our builds are measured"
fi
echo "each figure: median of $runs runs (generating: one run)"
row pages step wall cpu "peak mem"
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
  measure "ours: clean build" clean_ours "${build[@]}"
  ours_wall=$median_wall
  ours_cpu=$median_cpu
  ours_pages=$(find public -name '*.html' | wc -l)
  measure "ours: no-op rebuild" nothing "${build[@]}"
  # After a clean build there is no staging folder to update yet: this one rebuild links
  # every file into it once. Every later rebuild updates only the files that changed.
  runs=1 measure "ours: first edit after a clean build" edit_document "${build[@]}"
  measure "ours: one document edited" edit_document "${build[@]}"
  measure "ours: nav partial edited" edit_partial "${build[@]}"
  cd "$work"
  if [ "$has_hugo" = 1 ]; then
    measure "hugo: clean build" clean_hugo hugo --quiet --source "$work/hugo-$pages" --destination "$work/hugo-public"
    row "$pages" "ours / hugo, clean build" "$(ratio "$ours_wall" "$median_wall")" "$(ratio "$ours_cpu" "$median_cpu")" ""
    echo "        pages written: ours $ours_pages, hugo $(find "$work/hugo-public" -name '*.html' | wc -l)"
    rm -rf "$work/hugo-$pages" "$work/hugo-public"
  else
    echo "        pages written: ours $ours_pages"
  fi
  rm -rf "$corpus" "$templates"
done
