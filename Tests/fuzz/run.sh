#!/usr/bin/env bash
# libFuzzer on the parsers users feed: the front-matter splitter, the RRULE parser and
# expander, the snapshot decoder and validator, and the slugger. Each target is compiled by
# swiftc with -sanitize=fuzzer,address from the library files it needs (its own folder's,
# which use neither Yams nor Mustache, so no dependency is rebuilt with sanitizers; the C
# shims' module map is on the search path), then
# run for SECONDS on a copy of its seed corpus in Tests/fuzz/corpus/. A crash, a trap or a
# sanitizer report fails the run; its input is kept in .build/fuzz/crashes/.
# Usage: Tests/fuzz/run.sh [SECONDS]   (make fuzz: 300 s each; make test: 5 s each)
set -euo pipefail
seconds=${1:-5}
repository=$(cd "$(dirname "$0")/../.." && pwd)
library=$repository/Sources/PlaybookKit
out=$repository/.build/fuzz
mkdir -p "$out/crashes"

sources() {
  case $1 in
    FrontMatterSplit) echo "$library/Content/FrontMatterSplit.swift $library/Text/"*.swift ;;
    Slug) echo "$library/Text/"*.swift ;;
    SnapshotDecoder) echo "$library/Pipeline/"*.swift "$library/Diagnostics/"*.swift "$library/Text/"*.swift "$library/Support/"*.swift "$library/Content/Role.swift" ;;
    RecurrenceRule) echo "$library/Calendar/Recurrence"*.swift "$library/Calendar/LocalDateTime.swift" "$library/Calendar/ICalendarValue.swift" \
      "$library/Pipeline/LocalDay.swift" "$library/Pipeline/Period.swift" "$library/Diagnostics/"*.swift "$library/Text/"*.swift ;;
  esac
}

targets="FrontMatterSplit RecurrenceRule SnapshotDecoder Slug"
declare -A builds
for target in $targets; do
  # No earlier run's binary may stand in for one that does not build now.
  rm -f "$out/$target"
  # shellcheck disable=SC2046
  swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name PlaybookFuzz -I "$repository/Sources/CSystemShims" $(sources "$target") \
    "$repository/Tests/fuzz/Fuzz$target.swift" -o "$out/$target" 2>"$out/$target.build.log" &
  builds[$target]=$!
done
failed=0
for target in $targets; do
  if ! wait "${builds[$target]}" || [ ! -x "$out/$target" ]; then
    cat "$out/$target.build.log"
    echo "FAIL - fuzz $target: did not build"
    failed=1
    continue
  fi
  corpus=$(mktemp -d)
  cp "$repository/Tests/fuzz/corpus/$target/"* "$corpus/"
  if "$out/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$out/crashes/$target-" "$corpus" >"$out/$target.log" 2>&1; then
    echo "ok - fuzz $target: $(grep -Eo 'Done [0-9]+ runs' "$out/$target.log" | tail -1) in $seconds s"
  else
    tail -30 "$out/$target.log"
    echo "FAIL - fuzz $target: see $out/$target.log and $out/crashes/"
    failed=1
  fi
  rm -rf "$corpus"
done
exit $failed
