#!/usr/bin/env bash
# The end of `make test`: the tests `swift test` skipped, counted by reason. XCTest prints one line
# `FILE:LINE: Class.test : Test skipped[: what was checked] - MESSAGE` a skipped test, and every skip
# message starts with its tier (`end-to-end tier: LibreOffice is not installed (make deps)`).
# Usage: Tests/skip-summary.sh LOG, LOG being swift test's output.
log=${1:?usage: $0 swift-test.log}
if [ ! -s "$log" ]; then
  echo "make test: skipped: unknown (no swift test output in $log)"
  exit 0
fi
awk '
  index($0, ": Test skipped") {
    reason = substr($0, index($0, ": Test skipped") + length(": Test skipped"))
    if ((at = index(reason, " - ")) > 0) reason = substr(reason, at + 3)
    else if (substr(reason, 1, 2) == ": ") reason = substr(reason, 3)
    if (reason == "") reason = "no reason given"
    if (!(reason in count)) order[++reasons] = reason
    count[reason]++; total++
  }
  # The last suite line counts every test: "Executed 312 tests, with 3 tests skipped and 0 failures".
  /Executed [0-9]+ tests?, with [0-9]+ tests? skipped/ {
    said = $0; sub(/.*, with /, "", said); sub(/ tests? skipped.*/, "", said)
  }
  END {
    if (total == 0) print "make test: skipped: none"
    # Most first; among equals, in the order they were met.
    for (n = 1; n <= reasons; n++) {
      best = 0
      for (k = 1; k <= reasons; k++) if (!(k in done) && (best == 0 || count[order[k]] > count[order[best]])) best = k
      done[best] = 1
      printf "make test: skipped: %d (%s)\n", count[order[best]], order[best]
    }
    if (reasons > 1) printf "make test: skipped: %d in all\n", total
    if (said != "" && said + 0 != total) printf "make test: XCTest counts %d skipped, %d skip lines were found in the log\n", said, total
  }
' "$log"
