#!/usr/bin/env bash
# End-to-end checks of the playbook command as a user runs it: exit codes, messages, files.
# Usage: Tests/cli/run.sh PATH/TO/playbook
set -uo pipefail
playbook=$(realpath "$1")
fixtures=$(realpath "$(dirname "$0")/../PlaybookKitTests/Fixtures")
templates=$(realpath "$(dirname "$0")/../../site-templates")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/../shell/check.sh"

# `playbook check` on a folder with three different mistakes reports all three, exits 1.
cp -r "$fixtures/three-mistakes" "$work/three"
(cd "$work/three" && "$playbook" check --templates "$templates" >"$work/check.out" 2>"$work/check.err"); status=$?
check "check exits 1 on bad content" test "$status" -eq 1
check "check reports three errors" test "$(grep -c ': error: ' "$work/check.err")" -eq 3
check "check names file:line:column" grep -q '^content/hop-tuan.md:3:9: error: `weight` must be a whole number$' "$work/check.err"
check "check names the broken link's place" grep -q '^content/vai-tro.md:6:16: error: link to a missing document' "$work/check.err"
check "check names both clashing files" grep -q '^content/bao-cao.md: error: `bao-cao/` is also the address of content/Báo cáo.md' "$work/check.err"
check "check writes nothing" test ! -e "$work/three/public"

# `playbook init` makes a playbook that builds; a second build leaves identical bytes.
"$playbook" init "$work/new" >/dev/null
check "init creates the example" test -f "$work/new/content/vai-tro/bd-manager.md"
(cd "$work/new" && "$playbook" build >"$work/build.out" 2>&1); status=$?
check "build of the example exits 0" test "$status" -eq 0
check "build reports pages, time and index" grep -Eq '^Wrote [0-9]+ pages \([0-9]+ files\) in ([0-9]+ ms|[0-9]+\.[0-9]{2} s): [0-9]+ rendered, [0-9]+ unchanged, [0-9]+ removed\.$' "$work/build.out"
check "build writes index.html" test -f "$work/new/public/index.html"
feeds_match() {
  python3 "$(dirname "$0")/../ics/check_ics.py" --site "$work/new/public" >"$work/ics.out" 2>&1 || { cat "$work/ics.out"; return 1; }
}
check "calendar.ics and every series feed parse and match api/calendar.json" feeds_match
cp -r "$work/new/public" "$work/first"
(cd "$work/new" && "$playbook" build >/dev/null 2>&1)
check "two builds are byte-identical" diff -r "$work/first" "$work/new/public"
(cd "$work/new" && "$playbook" build --clean --verbose >"$work/verbose.out" 2>&1)
check "--verbose prints the time of each phase of a full build" grep -Eq '^  render: ([0-9]+ ms|[0-9]+\.[0-9]{2} s)$' "$work/verbose.out"
check "mimalloc serves the build's allocations" grep -q '^  allocator: mimalloc [0-9]' "$work/verbose.out"
# A build while another build of the same site runs (here, the lock held by `flock`) waits
# for it, says so on stderr, then builds.
# (`flock -n … true` fails once the holder has the lock: only then does the build start.)
(cd "$work/new" || exit; flock .playbook/public.lock sleep 3 &
 for _ in $(seq 1 50); do flock -n .playbook/public.lock true || break; sleep 0.1; done
 timeout 30 "$playbook" build >"$work/waited.out" 2>"$work/waited.err"; echo $? >"$work/waited.status"; wait)
check "a build waits for another build of its site, then succeeds" test "$(cat "$work/waited.status")" -eq 0
check "the waiting build says what it waits for" grep -q '^Waiting for another build of public/ to finish (.playbook/public.lock)' "$work/waited.err"
check "init refuses a non-empty folder" bash -c "! '$playbook' init '$work/new' 2>/dev/null"

# A broken build leaves the previous public/ untouched and exits 1.
printf -- '---\ntitle: Broken\nweight: [\n---\n' >"$work/new/content/broken.md"
(cd "$work/new" && "$playbook" build >/dev/null 2>"$work/broken.err"); status=$?
check "bad front matter exits 1" test "$status" -eq 1
check "bad front matter is located" grep -q '^content/broken.md:4:1: error: invalid YAML' "$work/broken.err"
check "previous public/ untouched" diff -r "$work/first" "$work/new/public"

# Content errors are the writers' to fix whatever else is wrong (exit 1); with the content
# fixed, the snapshot's own mistakes are the data's (exit 3).
(cd "$work/new" && "$playbook" build --snapshot "$fixtures/snapshots/fifty-errors.json" >/dev/null 2>&1); status=$?
check "bad content beside a bad snapshot exits 1" test "$status" -eq 1
rm "$work/new/content/broken.md"

# A snapshot with fifty mistakes: all fifty reported with JSON path and line:column, exit 3
# (the data's fault, not the content's), the previous public/ untouched.
(cd "$work/new" && "$playbook" build --snapshot "$fixtures/snapshots/fifty-errors.json" >/dev/null 2>"$work/fifty.err"); status=$?
check "a snapshot with mistakes exits 3" test "$status" -eq 3
check "all fifty snapshot mistakes are reported" test "$(grep -Ec '^.*fifty-errors.json:[0-9]+:[0-9]+: error: [a-z_]+(\[[0-9]+\])?' "$work/fifty.err")" -eq 50
check "public/ untouched by the bad snapshot" diff -r "$work/first" "$work/new/public"

# A snapshot older than --max-snapshot-age: exit 3, a located message, public/ untouched, and
# a failure report where one was asked for outside the site.
(cd "$work/new" && "$playbook" build --max-snapshot-age 1h --report "$work/stale-report.json" >/dev/null 2>"$work/stale.err"); status=$?
check "an old snapshot fails --max-snapshot-age with exit 3" test "$status" -eq 3
check "the age failure says how old and what limit" grep -Eq '^content/data/pipeline.json: error: as_of: the snapshot is [0-9dhm]+ old \(as of .*\), more than --max-snapshot-age 1h allows' "$work/stale.err"
check "public/ untouched by the old snapshot" diff -r "$work/first" "$work/new/public"
check "the failure report names the data" python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); sys.exit(not (r["status"] == "failed" and r["exit_code"] == 3 and r["failure"] == "data" and len(r["errors"]) == 1))' "$work/stale-report.json"
check "--max-snapshot-age refuses a length it cannot read" bash -c "cd '$work/new' && ! '$playbook' build --max-snapshot-age 36x 2>/dev/null"

# An output path that is a file is a system error, exit 2, with a message.
touch "$work/not-a-folder"
(cd "$work/new" && "$playbook" build --output "$work/not-a-folder" >/dev/null 2>"$work/file.err"); status=$?
check "output that is a file exits 2" test "$status" -eq 2
check "output that is a file is explained" grep -q 'is a file, not a folder' "$work/file.err"

# `playbook serve` builds, answers on 127.0.0.1 with the live-reload tag added, writes none of
# it to disk, and stops with exit 0 on SIGTERM. Every wait is bounded.
(cd "$work/new" && exec "$playbook" serve --port 0 --output "$work/served" >"$work/serve.out" 2>"$work/serve.err") &
serve_pid=$!
serve_port=""
for _ in $(seq 1 300); do
  serve_port=$(sed -n 's|^Serving http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/serve.out")
  test -n "$serve_port" && break
  sleep 0.1
done
check "serve prints its address" test -n "$serve_port"
timeout 10 bash -c "exec 3<>/dev/tcp/127.0.0.1/${serve_port:-1}; printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3; cat <&3" >"$work/serve.page" 2>/dev/null
check "serve answers with the page and the reload tag" grep -q '<script src="/__playbook/reload.js"' "$work/serve.page"
check "serve writes no reload tag to disk" bash -c "! grep -rq __playbook '$work/served'"
kill -TERM "$serve_pid" 2>/dev/null
for _ in $(seq 1 50); do kill -0 "$serve_pid" 2>/dev/null || break; sleep 0.1; done
kill -KILL "$serve_pid" 2>/dev/null
wait "$serve_pid"; status=$?
check "serve stops with exit 0 on SIGTERM" test "$status" -eq 0

# Ctrl-C stops `playbook serve` while its first build waits for another build of the site.
# (The records and the lock are beside the output: $work/.playbook/.)
mkdir -p "$work/.playbook"
flock "$work/.playbook/served.lock" sleep 30 &
holder_pid=$!
disown "$holder_pid"
for _ in $(seq 1 50); do flock -n "$work/.playbook/served.lock" true || break; sleep 0.1; done
(cd "$work/new" && exec "$playbook" serve --port 0 --output "$work/served" >"$work/serve-wait.out" 2>&1) &
serve_pid=$!
for _ in $(seq 1 100); do grep -q '^Waiting for another build' "$work/serve-wait.out" && break; sleep 0.1; done
check "serve says its first build waits for another" grep -q '^Waiting for another build of .*served/ to finish' "$work/serve-wait.out"
kill -INT "$serve_pid" 2>/dev/null
for _ in $(seq 1 50); do kill -0 "$serve_pid" 2>/dev/null || break; sleep 0.1; done
stopped_while_waiting=1
kill -0 "$serve_pid" 2>/dev/null && stopped_while_waiting=0
pkill -KILL -P "$holder_pid" 2>/dev/null
kill -KILL "$serve_pid" "$holder_pid" 2>/dev/null
wait "$serve_pid" 2>/dev/null; status=$?
check "Ctrl-C stops serve within 5 s while it waits, with exit 0" test "$stopped_while_waiting" -eq 1 -a "$status" -eq 0

check "--version prints a version" bash -c "'$playbook' --version | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+$'"
mkdir "$work/no-templates"
(cd "$work/no-templates" && mkdir content && "$playbook" build >/dev/null 2>"$work/no-templates.err"); status=$?
check "a missing templates folder is one clear error" test "$(cat "$work/no-templates.err" | head -1)" = 'site-templates: error: the templates folder does not exist; pass --templates DIR or run `playbook init` for a starting set'

check "--help lists the commands" bash -c "'$playbook' --help | grep -q 'init'"

# `playbook sample-handbook` writes a playbook folder that builds with the repository's
# templates, and refuses to write into a folder that holds something.
"$playbook" sample-handbook --pages 30 --output "$work/handbook" >"$work/handbook.out"
check "sample-handbook says what it wrote" grep -q '^Wrote .*handbook: 30 documents in 20 sections\.$' "$work/handbook.out"
(cd "$work/handbook" && "$playbook" build --templates "$templates" >"$work/handbook-build.out" 2>&1); status=$?
check "the sample handbook builds" test "$status" -eq 0
check "the sample handbook has its pages" grep -q '^Wrote 52 pages' "$work/handbook-build.out"
"$playbook" sample-handbook --pages 3 --output "$work/handbook" >/dev/null 2>"$work/handbook.err"; status=$?
check "sample-handbook into a folder with files exits 2" test "$status" -eq 2

# The same input gives the same bytes whatever the machine's zone and language, and
# whatever order the file system lists a folder's entries in: a tmpfs lists them in the
# order they were made (newest first on older kernels), so the same files copied in opposite
# orders are listed in opposite orders; the test checks that they are.
same_everywhere() {
  local reference=$work/env-utc
  (cd "$work/new" && TZ=UTC LANG=C "$playbook" build --clean --output "$reference" >/dev/null 2>&1) || return 1
  # vi_VN.UTF-8 needs the locale installed to mean anything; glibc falls back to C without it.
  locale -a 2>/dev/null | grep -qi '^vi_VN' || echo "  (vi_VN.UTF-8 is not installed here; that run is C)"
  for environment in "TZ=America/New_York LANG=C" "TZ=UTC LANG=vi_VN.UTF-8" "TZ=Asia/Tokyo LC_ALL=C.UTF-8"; do
    (cd "$work/new" && env $environment "$playbook" build --clean --output "$work/env-other" >/dev/null 2>&1) || return 1
    diff -r "$reference" "$work/env-other" >/dev/null || { echo "  differs under $environment"; return 1; }
  done
}
check "the same bytes under four zones and languages" same_everywhere

same_in_any_order() {
  local shm
  shm=$(mktemp -d -p /dev/shm 2>/dev/null) || { echo "  no /dev/shm to list folders in another order"; return 1; }
  mkdir -p "$shm/forward" "$shm/backward"
  (cd "$work/new" && find content site-templates playbook.yml -type f | LC_ALL=C sort) >"$work/files"
  while read -r file; do mkdir -p "$shm/forward/$(dirname "$file")"; cp -p "$work/new/$file" "$shm/forward/$file"; done <"$work/files"
  tac "$work/files" | while read -r file; do mkdir -p "$shm/backward/$(dirname "$file")"; cp -p "$work/new/$file" "$shm/backward/$file"; done
  local listed_forward listed_backward
  listed_forward=$(ls -U "$shm/forward/content" | head -3 | tr '\n' ' ')
  listed_backward=$(ls -U "$shm/backward/content" | head -3 | tr '\n' ' ')
  (cd "$shm/forward" && "$playbook" build >/dev/null 2>&1) && (cd "$shm/backward" && "$playbook" build >/dev/null 2>&1) || { rm -rf "$shm"; return 1; }
  local result=0
  [ "$listed_forward" != "$listed_backward" ] || { echo "  the file system listed both folders alike; nothing was shown"; result=1; }
  diff -r "$shm/forward/public" "$shm/backward/public" >/dev/null || result=1
  rm -rf "$shm"
  return $result
}
check "the same bytes whatever order the folders list their entries in" same_in_any_order

# The bad-input catalogue (docs/RELIABILITY.md) again, each case as its own process under a
# time limit (60 s) and an address-space limit (4 GB): the exit code its `expected` names.
catalogue=$fixtures/bad-inputs
bounded_catalogue() {
  local result=0 case expected status
  for case in "$catalogue"/*/; do
    case=$(basename "$case")
    [ "$case" = _base ] && continue
    rm -rf "$work/bad"
    cp -r "$catalogue/_base" "$work/bad"
    (cd "$work/bad" && "$playbook" build --templates "$templates" >/dev/null 2>&1) || { echo "  $case: the base site does not build"; return 1; }
    cp -r "$catalogue/$case/overlay/." "$work/bad/"
    [ -d "$work/bad/site-templates" ] && { cp -rn "$templates/." "$work/bad/site-templates/"; }
    local options=(--templates "$templates")
    [ -d "$work/bad/site-templates" ] && options=(--templates "$work/bad/site-templates")
    (cd "$work/bad" && timeout 60 prlimit --as=4294967296 "$playbook" build "${options[@]}" >/dev/null 2>&1); status=$?
    expected=$(head -1 "$catalogue/$case/expected")
    case $expected in
      ok) [ "$status" -eq 0 ] || { echo "  $case: exit $status, expected 0"; result=1; } ;;
      "exit "*) [ "$status" -eq "${expected#exit }" ] || { echo "  $case: exit $status, expected ${expected#exit }"; result=1; } ;;
      *) echo "  $case: its expected file does not start with ok or exit N"; result=1 ;;
    esac
  done
  return $result
}
check "every catalogue case exits as expected within 60 s and 4 GB" bounded_catalogue

# The catalogue's generated giants, likewise bounded: a 10 MB line and 10,000-deep lists
# build; a 50 MB snapshot with one mistake at its end is exit 3.
bounded_giants() {
  local status
  rm -rf "$work/bad" && cp -r "$catalogue/_base" "$work/bad"
  python3 -c 'import sys; open(sys.argv[1], "w").write("---\ntitle: C\n---\n" + "a" * 10_000_000 + "\n" + "- " * 10_000 + "x\n" + "> " * 10_000 + "x\n")' "$work/bad/content/c.md"
  (cd "$work/bad" && timeout 60 prlimit --as=4294967296 "$playbook" build --templates "$templates" >/dev/null 2>&1) || { echo "  the giant document did not build within the limits"; return 1; }
  python3 - "$work/bad/content/data/pipeline.json" <<'PY'
import sys
lead = '  {"id": "l%d", "rep": "an", "company": "Công ty Trách nhiệm hữu hạn Thương mại Dịch vụ Sao Mai số %d", "status": "warm", "created": "2026-11-01"},\n'
with open(sys.argv[1], "w") as out:
    out.write('{"schema_version": 1, "as_of": "2026-11-23T06:00:00+07:00", "reps": [{"id": "an", "name": "An", "role": "inbound"}],\n')
    out.write(' "customers": [], "deals": [], "activities": [], "leads": [\n')
    for index in range(320_000):
        out.write(lead % (index, index))
    out.write('  {"id": "l-last", "rep": "an", "company": "X", "status": "nóng", "created": "2026-11-01"}\n ]}\n')
PY
  (cd "$work/bad" && timeout 60 prlimit --as=4294967296 "$playbook" build --templates "$templates" >/dev/null 2>"$work/giant.err"); status=$?
  [ "$status" -eq 3 ] && grep -q 'leads\[320000\].status' "$work/giant.err"
}
check "the generated giants stay within 60 s and 4 GB" bounded_giants

# Permissions mean nothing to root (CI runs as root), so these build as `nobody` there.
as_user() {
  if [ "$(id -u)" -eq 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi
}
rm -rf "$work/perm" && cp -r "$catalogue/_base" "$work/perm" && cp -r "$templates" "$work/perm/site-templates" && chmod -R a+rwX "$work/perm" && chmod a+x "$work"
(cd "$work/perm" && as_user "$playbook" build >/dev/null 2>&1)
cp -r "$work/perm/public" "$work/perm-before"
printf -- '---\ntitle: C\n---\n' >"$work/perm/content/c.md" && chmod 000 "$work/perm/content/c.md"
(cd "$work/perm" && as_user "$playbook" build >/dev/null 2>"$work/perm.err"); status=$?
check "an unreadable document is exit 1, named" test "$status" -eq 1 -a "$(head -1 "$work/perm.err")" = "content/c.md: error: cannot read the file (The operation could not be completed. You don’t have permission.); check that it exists and is readable"
check "and public/ is untouched" diff -r "$work/perm-before" "$work/perm/public"
chmod 644 "$work/perm/content/c.md" && chmod 555 "$work/perm"
(cd "$work/perm" && as_user "$playbook" build >/dev/null 2>"$work/perm.err"); status=$?
chmod 755 "$work/perm"
check "a folder the build cannot write in is exit 2, named" test "$status" -eq 2 -a -n "$(grep 'check that the folder above the output is writable' "$work/perm.err")"
check "and public/ is untouched" diff -r "$work/perm-before" "$work/perm/public"

finish cli
