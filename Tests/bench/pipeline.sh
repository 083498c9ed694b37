#!/usr/bin/env bash
# Whole-process time and peak memory of `playbook build` on the shipped handbook with a large
# pipeline snapshot (default 200 reps and 1,000,000 activities), three runs, then the same
# for `playbook check` and for making the snapshot. Usage: Tests/bench/pipeline.sh PLAYBOOK
set -euo pipefail
playbook=$(realpath "${1:-.build/release/playbook}")
reps=${REPS:-200}
activities=${ACTIVITIES:-1000000}
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() {
  local label=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null
  read -r wall kilobytes <"$work/time"
  printf '%-34s wall %6.2f s   peak %5d MB\n' "$label" "$wall" "$((kilobytes / 1024))"
}

echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
measure "sample-data ($reps reps, $activities activities)" \
  "$playbook" sample-data --reps "$reps" --activities "$activities" --output "$work/pipeline.json"
echo "snapshot: $(du -m "$work/pipeline.json" | cut -f1) MB"
for run in $(seq "$runs"); do
  rm -rf "$work/public"
  measure "build, run $run" "$playbook" build --snapshot "$work/pipeline.json" --output "$work/public"
done
echo "pages: $(find "$work/public" -name '*.html' | wc -l), metrics.json: $(du -m "$work/public/api/metrics.json" | cut -f1) MB"
measure "check" "$playbook" check --snapshot "$work/pipeline.json"
