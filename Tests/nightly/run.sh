#!/usr/bin/env bash
# `make nightly` as the scheduled job runs it, on the HubSpot-layout fixture exports, in a
# copy of the shipped playbook: a first night, a night where nothing changed, and a night
# whose export is three days old. Run from the repository root (make test does).
set -uo pipefail
root=$(pwd)
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
source "$(dirname "$0")/../shell/check.sh"

report_says() {
  python3 - "$@" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
for condition in sys.argv[2:]:
    if not eval(condition, {}, {"r": report}):
        print(f"  {sys.argv[1]}: not {condition}: {json.dumps(report)[:400]}")
        sys.exit(1)
PY
}

cp -r "$root/content" "$root/playbook.yml" "$work/"
rm -rf "$work/content/data/history"
cp -r "$root/Tests/PlaybookKitTests/Fixtures/hubspot" "$work/exports"
# The targets sheet is not the CRM's: it comes from a folder of its own, as docs/nightly.md says.
mkdir -p "$work/targets" && mv "$work/exports"/targets-*.csv "$work/targets/"
touch "$work/exports"/*.csv "$work/targets"/*.csv
nightly() {
  make --no-print-directory -C "$root" nightly PLAYBOOK_BUILD=debug PLAYBOOK="$root/.build/debug/playbook" \
    EXPORTS="$work/exports $work/targets" CONTENT="$work/content" CONFIG="$work/playbook.yml" OUTPUT="$work/public" \
    TEMPLATES="$root/site-templates" MAPPING="$root/content/data/import/hubspot.yml" "$@"
}

nightly >"$work/first.out" 2>&1; status=$?
check "the first night publishes" test "$status" -eq 0 || cat "$work/first.out"
check "the report says published, with the import, the files and the links" report_says "$work/public/build-report.json" \
  'r["status"] == "published" and r["exit_code"] == 0' 'r["import"]["rows_read"] == 27 and r["import"]["imported"] == 25' \
  'r["files"]["written"] > 100 and r["links"]["broken"] == 0 and r["links"]["checked"] > 1000' \
  'set(r["durations_ms"]) == {"import", "load", "render", "swap", "links", "total"}'
check "the import filed tonight's snapshot in the history" test -f "$work/content/data/history/$(date +%F).json" -o -f "$work/content/data/history/$(TZ=Asia/Ho_Chi_Minh date +%F).json"
check "the KPI pages show tonight's snapshot" grep -q 'data-as-of="' "$work/public/kpi/index.html"

nightly >"$work/second.out" 2>&1; status=$?
check "a night with the same exports publishes" test "$status" -eq 0
check "and writes no page again" report_says "$work/public/build-report.json" 'r["files"]["written"] == 0'

cp -r "$work/public" "$work/published"
touch -d '3 days ago' "$work/exports"/*.csv "$work/targets"/*.csv
nightly >"$work/stale.out" 2>&1; status=$?
check "a night with a three-day-old export fails" test "$status" -ne 0
check "its report, beside the site, says data and exit 3" report_says "$work/.playbook/build-report.json" \
  'r["status"] == "failed" and r["exit_code"] == 3 and r["failure"] == "data" and r["failed_step"] == "build"' \
  '"more than --max-snapshot-age 36h allows" in r["errors"][0]["message"]'
check "the published site is untouched" diff -r "$work/published" "$work/public"
(cd "$work" && "$root/.build/debug/playbook" nightly --exports exports --exports targets --mapping "$root/content/data/import/hubspot.yml" \
  --templates "$root/site-templates" >/dev/null 2>&1); status=$?
check "playbook nightly itself exits 3 for old data" test "$status" -eq 3

finish nightly
