#!/usr/bin/env bash
# How `bulwark scan` grows: one root module of 1, 4 and 16 MB, and trees of 1,000, 10,000 and 100,000
# files, each scanned once with every rule, timed with /usr/bin/time -v (wall, CPU, peak RSS).
# Trees are written under ${GROWTH_DIR:-/tmp/bulwark-growth} (the 100,000-file tree is 290 MB).
# Usage: bench/growth-scan.sh [module MB...]   e.g. bench/growth-scan.sh 1 4 16 50
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${GROWTH_DIR:-/tmp/bulwark-growth}"
mvn -q -B -DskipTests package test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
measure() {
  /usr/bin/time -v java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar target/bulwark.jar scan "$2" --fail-on none --quiet \
      2> "$out/time.txt" > /dev/null
  awk -v what="$1" -F': ' '/Elapsed \(wall/ {w=$2} /User time/ {u=$2} /System time/ {s=$2} /Maximum resident/ {m=$2}
      END {printf "%s wall=%s user=%ss sys=%ss maxrss=%d MiB\n", what, w, u, s, m/1024}' "$out/time.txt"
}
mkdir -p "$out"
for mb in "${@:-1 4 16}"; do
  dir="$out/module-${mb}mb"
  [ -d "$dir" ] || java -cp "$cp" dev.bulwark.bench.GenerateModule "$dir" "$mb" > /dev/null
  measure "one module of $mb MB ($(du -sb "$dir" | cut -f1) bytes)" "$dir"
done
for n in 1000 10000 100000; do
  dir="$out/tree-$n"
  [ -d "$dir" ] || java -cp "$cp" dev.bulwark.bench.GenerateTree "$dir" "$n" > /dev/null
  measure "$n files ($(du -sb "$dir" | cut -f1) bytes)" "$dir"
done
