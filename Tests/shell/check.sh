# Sourced by the shell suites: `check NAME COMMAND...` runs the command and prints one
# `ok -` or `FAIL -` line; `finish SUITE` prints the tally and fails when anything failed.
passed=0
failed=0

check() {
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok - $name"; else failed=$((failed + 1)); echo "FAIL - $name"; fi
}

finish() {
  echo "$1: $passed passed, $failed failed"
  test "$failed" -eq 0
}
