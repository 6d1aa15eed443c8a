#!/usr/bin/env bash
# Whole-process wall time and peak memory of `bulwark status` and `bulwark evidence verify` on
# embedded ledgers of N records, measured with /usr/bin/time -v, three runs each.
# Usage: bench/ledger-growth.sh [N...]   (default: 1000 10000 100000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -DskipTests package test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
./bulwark rules > /dev/null   # records the class-data archive once, as a user's first run would
project="target/bench-ledger-project"
mkdir -p "$project"           # an empty project: status judges the ledger alone
measure() {                   # LABEL COMMAND...: prints wall seconds and peak RSS of one run
  local label="$1"; shift
  local report; report="$(mktemp)"
  /usr/bin/time -v "$@" > /dev/null 2> "$report" || true   # status exits 1 when requirements fail
  awk -v label="$label" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = (n == 3 ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2]) }
    /User time/ { user = $2 }
    /Maximum resident set size/ { rss = $2 }
    END { printf "%s wall=%.2fs user=%.2fs maxrss=%dMB\n", label, wall, user, rss / 1024 }' "$report"
  rm -f "$report"
}
for n in "${@:-1000 10000 100000}"; do
  dir="target/bench-ledger-$n"
  rm -rf "$dir"   # always the generator's current output
  java -XX:+UseSerialGC -cp "$cp" dev.bulwark.evidence.GenerateLedger "$dir" "$n"
  for run in 1 2 3; do
    measure "verify records=$n run=$run" ./bulwark evidence verify --ledger-dir "$dir"
    measure "status records=$n run=$run" ./bulwark status "$project" --ledger-dir "$dir"
  done
done
