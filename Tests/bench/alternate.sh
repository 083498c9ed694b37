#!/usr/bin/env bash
# Two builds of `playbook` compared on the same made-up handbook: clean builds taking turns
# (A then B, then B then A, ...), so that both meet the machine in the same state: its speed
# drifts by a third within minutes, more than most changes are worth. Prints each side's
# wall times sorted, their medians and peak memory, and the geometric mean of B's time over
# A's in each pair, the figure that drift moves least.
# Usage: Tests/bench/alternate.sh PLAYBOOK_A PLAYBOOK_B   (PAGES=10000, PAIRS=8;
# BENCH_DIR=/dev/shm to work in memory, where the disk's state takes no part)
set -euo pipefail
first=$(realpath "$1")
second=$(realpath "$2")
pages=${PAGES:-10000}
pairs=${PAIRS:-8}
work=$(mktemp -d -p "${BENCH_DIR:-${TMPDIR:-/tmp}}")
trap 'rm -rf "$work"' EXIT
repository=$(cd "$(dirname "$0")/../.." && pwd)

"$first" sample-handbook --pages "$pages" --output "$work/corpus" >/dev/null
cp -r "$repository/site-templates" "$work/templates"
cd "$work/corpus"

# time_build SIDE PLAYBOOK: one clean build, its wall time and peak memory added to SIDE's lists.
time_build() {
  rm -rf public .playbook .public.staging
  /usr/bin/time -f '%e %M' -o "$work/time" "$2" build --templates "$work/templates" >/dev/null
  read -r wall kilobytes <"$work/time"
  echo "$wall" >>"$work/$1.walls"
  echo "$((kilobytes / 1024))" >>"$work/$1.memories"
}

for pair in $(seq "$pairs"); do
  if [ $((pair % 2)) = 1 ]; then
    time_build a "$first"; time_build b "$second"
  else
    time_build b "$second"; time_build a "$first"
  fi
done

echo "working in: $work ($(stat -f -c %T "$work")), $pages pages, $pairs pairs"
for side in a b; do
  walls=$(sort -n "$work/$side.walls" | tr '\n' ' ')
  median=$(sort -n "$work/$side.walls" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
  memory=$(sort -n "$work/$side.memories" | sed -n '1p;$p' | tr '\n' ' ' | awk '{ print $1 "–" $2 " MB" }')
  echo "$side: ${walls}s; median $median s; peak memory $memory"
done
paste "$work/a.walls" "$work/b.walls" |
  awk '{ sum += log($2 / $1) } END { printf "b / a, geometric mean of the pairs: %.3f\n", exp(sum / NR) }'
